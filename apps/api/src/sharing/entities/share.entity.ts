import { SHARE_NETWORKS, SHARE_SOURCES, type ShareNetwork, type ShareSource } from '@chorus/core';
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
import { ContentVariant } from '../../content/entities/content-variant.entity';
import { User } from '../../users/entities/user.entity';

/**
 * An employee completed the share flow for (item, network). Unverified until its tracked link is
 * fetched by that network's preview crawler or clicked by a person.
 */
@Entity('shares')
@Index(['userId', 'createdAt'])
@Index(['itemId', 'network'])
@Index(['day'])
export class Share {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null once the person deleted their account: the share stays in anonymous figures. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: User | null;

  @Column({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => ContentItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: ContentItem;

  @Column({ type: 'enum', enum: SHARE_NETWORKS, enumName: 'share_network' })
  network: ShareNetwork;

  /**
   * Where the share was started (the feed, a digest's button, a notification, a chat channel,
   * the browser extension): shares by source measure what brings people to share.
   */
  @Column({ type: 'enum', enum: SHARE_SOURCES, enumName: 'share_source', default: 'feed' })
  source: ShareSource;

  /** The suggested post offered, when the text came from one. */
  @Column({ type: 'uuid', nullable: true })
  variantId: string | null;

  @ManyToOne(() => ContentVariant, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'variant_id' })
  variant?: ContentVariant | null;

  /** The text as shared, after any edits. */
  @Column({ type: 'varchar', length: 10000 })
  text: string;

  /** Whether the person changed the suggested text. */
  @Column({ type: 'boolean', default: false })
  edited: boolean;

  /** The audience the person declared for this network when sharing (potential reach). */
  @Column({ type: 'integer', nullable: true })
  declaredAudience: number | null;

  /** The tracked link's code: /r/{code}. */
  @Index('shares_code_key', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /**
   * The organisation's calendar day the share was made on, in its time zone then; the database
   * works it out from createdAt when an insert leaves it out.
   */
  @Column({ type: 'date' })
  day: string;

  /** When the network's preview crawler fetched the link, or a person first clicked it. */
  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  /** An admin stopped the link (410 Gone); null while it works. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;
}
