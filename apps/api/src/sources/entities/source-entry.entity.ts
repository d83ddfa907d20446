import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ContentItem } from '../../content/entities/content-item.entity';
import { User } from '../../users/entities/user.entity';
import { ContentSource } from './content-source.entity';

export const ENTRY_STATES = ['new', 'promoted', 'dismissed'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

/**
 * A link a feed offered, or a page a person suggested: in the curators' inbox until promoted or
 * dismissed. A person's suggestion has no feed; a feed's has no person. A suggestion whose
 * person's account is gone stays in the inbox, from nobody.
 */
@Entity('source_entries')
@Index(['state', 'createdAt'])
@Index(['suggestedById', 'createdAt'])
@Check('source_entries_one_origin', `"source_id" IS NULL OR "suggested_by_id" IS NULL`)
export class SourceEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The feed that offered it; null for a person's suggestion. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  sourceId: string | null;

  @ManyToOne(() => ContentSource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_id' })
  source?: ContentSource;

  /** Normalised; one suggestion per link, whichever feeds carry it. */
  @Index('source_entries_url_key', { unique: true })
  @Column({ type: 'varchar', length: 2048 })
  url: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  /** Who suggested it, when a person did (null for a feed's, or once their account is gone). */
  @Column({ type: 'uuid', nullable: true })
  suggestedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'suggested_by_id' })
  suggestedBy?: User | null;

  /** Why the suggester thinks customers will care. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

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

  /** Why the curators dismissed a person's suggestion: their suggester is told. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  declineReason: string | null;

  /** When it was promoted or dismissed (null while new, and for those settled before this was kept). */
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The curator who promoted or dismissed it (null once their account is gone). */
  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
