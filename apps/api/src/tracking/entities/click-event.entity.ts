import { VISIT_KINDS, type VisitKind } from '@chorus/core';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One request to a tracked link, as classified: a person's click, a link-preview fetch, another
 * bot, or a HEAD request. No IP address or user agent is kept: clicks carry only a visitor hash
 * that changes every day. Written in batches, together with the rollups dashboards read
 * (`ShareClickDay`); partitioned by month of `day` (the migration creates the table, partitions
 * come from `chorus_click_partition`), so that retention drops whole months.
 */
@Entity('click_events')
@Index(['shareId', 'day'])
@Index('IDX_click_events_event_id_day', ['eventId', 'day'], { unique: true })
export class ClickEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** The organisation's calendar day of the event: the day its visitor salt belongs to. */
  @PrimaryColumn({ type: 'date' })
  day: string;

  /** Given when the click was captured, so that writing it again stores nothing. */
  @Column({ type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ type: 'uuid' })
  shareId: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'enum', enum: VISIT_KINDS, enumName: 'visit_kind' })
  kind: VisitKind;

  /** The preview crawler's network or service, for previews. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  crawler: string | null;

  /** hash(daily salt, IP, user agent, share), for counting unique visitors per day. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  visitor: string | null;
}
