import {
  CONTENT_KINDS,
  CONTENT_STATUSES,
  type ContentKind,
  type ContentStatus,
} from '@chorus/core';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  OneToMany,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Campaign } from '../../campaigns/entities/campaign.entity';
import { OrgGroup } from '../../groups/entities/org-group.entity';
import { Topic } from '../../topics/entities/topic.entity';
import { User } from '../../users/entities/user.entity';
import { ContentThumbnail } from './content-thumbnail.entity';
import { ContentVariant } from './content-variant.entity';

export const UNFURL_STATES = ['pending', 'done', 'failed'] as const;
export type UnfurlState = (typeof UNFURL_STATES)[number];

/** A page marketing wants employees to share, with everything needed to share it well. */
@Entity('content_items')
@Index(['status', 'publishAt'])
export class ContentItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The address as added, normalised (see normalizeContentUrl). */
  @Index('content_items_url_key', { unique: true })
  @Column({ type: 'varchar', length: 2048 })
  url: string;

  /**
   * The fragment of the address as added (`#section-3`), or null: links to the item keep it,
   * duplicate detection ignores it (see splitContentUrl).
   */
  @Column({ type: 'varchar', length: 2048, nullable: true })
  urlFragment: string | null;

  /** The page's own canonical address, once unfurled; also unique across items. */
  @Index('content_items_canonical_url_key', { unique: true })
  @Column({ type: 'varchar', length: 2048, nullable: true })
  canonicalUrl: string | null;

  @Column({ type: 'enum', enum: CONTENT_KINDS, enumName: 'content_kind' })
  kind: ContentKind;

  @Column({ type: 'enum', enum: CONTENT_STATUSES, enumName: 'content_status', default: 'draft' })
  status: ContentStatus;

  @Column({ type: 'varchar', length: 300, nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  summary: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  imageUrl: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  siteName: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  language: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  campaignId: string | null;

  @ManyToOne(() => Campaign, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign | null;

  @ManyToMany(() => Topic, { onDelete: 'CASCADE' })
  @JoinTable({
    name: 'content_item_topics',
    joinColumn: { name: 'item_id' },
    inverseJoinColumn: { name: 'topic_id' },
  })
  topics?: Topic[];

  /** Departments and locations it is meant for; none of a kind means everyone. */
  @ManyToMany(() => OrgGroup, { onDelete: 'CASCADE' })
  @JoinTable({
    name: 'content_item_groups',
    joinColumn: { name: 'item_id' },
    inverseJoinColumn: { name: 'group_id' },
  })
  targetGroups?: OrgGroup[];

  /** Languages it is meant for (preferred languages); empty means everyone. */
  @Column({ type: 'varchar', length: 8, array: true, default: '{}' })
  targetLanguages: string[];

  @Column({ type: 'timestamptz', nullable: true })
  publishAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: User | null;

  @Column({ type: 'uuid', nullable: true })
  approverId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approver_id' })
  approver?: User | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  /** When it was last submitted for review: how long it has waited there. */
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** Why a reviewer sent it back to draft; cleared when it is submitted again. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'enum', enum: UNFURL_STATES, enumName: 'unfurl_state', default: 'pending' })
  unfurlState: UnfurlState;

  /** Why unfurling failed, for the curator ("refused: private address"). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  unfurlError: string | null;

  /** Why the page's image could not become a thumbnail, for the curator ("refused: not an image"). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  thumbnailError: string | null;

  /** The card picture made from `imageUrl`, if there is one (without its bytes). */
  @OneToOne(() => ContentThumbnail, (thumbnail) => thumbnail.item)
  thumbnail?: Relation<ContentThumbnail> | null;

  /** Another item for the same page (its canonical address), found when this page was read. */
  @Column({ type: 'uuid', nullable: true })
  duplicateOfId: string | null;

  @ManyToOne(() => ContentItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'duplicate_of_id' })
  duplicateOf?: ContentItem | null;

  /** Fields a curator set by hand: unfurling never overwrites them. */
  @Column({ type: 'varchar', length: 32, array: true, default: '{}' })
  editedFields: string[];

  @OneToMany(() => ContentVariant, (variant) => variant.item)
  variants?: ContentVariant[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
