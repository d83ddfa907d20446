import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ContentItem } from '../../content/entities/content-item.entity';
import { ContentSource } from './content-source.entity';

export const ENTRY_STATES = ['new', 'promoted', 'dismissed'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

/** A link a feed offered: a suggestion in the curators' inbox until promoted or dismissed. */
@Entity('source_entries')
@Index(['state', 'createdAt'])
export class SourceEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => ContentSource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_id' })
  source?: ContentSource;

  /** Normalised; one suggestion per link, whichever feeds carry it. */
  @Index('source_entries_url_key', { unique: true })
  @Column({ type: 'varchar', length: 2048 })
  url: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'enum', enum: ENTRY_STATES, enumName: 'source_entry_state', default: 'new' })
  state: EntryState;

  /** The content item it became. */
  @Column({ type: 'uuid', nullable: true })
  itemId: string | null;

  @ManyToOne(() => ContentItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'item_id' })
  item?: ContentItem | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
