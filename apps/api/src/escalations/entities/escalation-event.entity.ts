import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { EscalationStatus } from '@chorus/core';
import { User } from '../../users/entities/user.entity';
import { Escalation } from './escalation.entity';

export const ESCALATION_EVENT_KINDS = ['note', 'status', 'assignment'] as const;
export type EscalationEventKind = (typeof ESCALATION_EVENT_KINDS)[number];

/**
 * The social media team's timeline of a report: internal notes, status changes and
 * (re)assignments. The reporter never sees it; they see the status.
 */
@Entity('escalation_events')
@Index(['escalationId', 'id'])
export class EscalationEvent {
  /** In order of writing: events of one change share a timestamp, never an id. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  escalationId: string;

  @ManyToOne(() => Escalation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'escalation_id' })
  escalation?: Relation<Escalation>;

  @Column({ type: 'enum', enum: ESCALATION_EVENT_KINDS, enumName: 'escalation_event_kind' })
  kind: EscalationEventKind;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: User | null;

  /** The note's text (kind `note`). */
  @Column({ type: 'varchar', length: 4000, nullable: true })
  body: string | null;

  /** The new status (kind `status`). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  status: EscalationStatus | null;

  /** Who it was assigned to, null when unassigned (kind `assignment`). */
  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
