import { SHARE_NETWORKS, type ShareNetwork } from '@chorus/core';
import { Column, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ContentItem } from '../../content/entities/content-item.entity';
import { Share } from '../../sharing/entities/share.entity';
import { User } from '../../users/entities/user.entity';

/** What a rollup counts of the requests to tracked links in its bucket. */
export abstract class ClickCounts {
  @Column({ type: 'integer', default: 0 })
  clicks: number;

  /** Distinct visitor hashes among the clicks of each day, added up over the days. */
  @Column({ type: 'integer', default: 0 })
  uniqueVisitors: number;

  @Column({ type: 'integer', default: 0 })
  previews: number;

  @Column({ type: 'integer', default: 0 })
  bots: number;

  @Column({ type: 'integer', default: 0 })
  heads: number;
}

/**
 * A rollup per share: the share's person, item and network are copied in (they never change),
 * so that filters need no join to shares.
 */
export abstract class ShareRollup extends ClickCounts {
  @PrimaryColumn({ type: 'uuid' })
  shareId: string;

  @ManyToOne(() => Share, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'share_id' })
  share?: Share;

  /** Null once the person deleted their account, as on the share. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => ContentItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: ContentItem;

  @Column({ type: 'enum', enum: SHARE_NETWORKS, enumName: 'share_network' })
  network: ShareNetwork;

  /**
   * Visits from the sharer's own signed-in browser (kind `self`): recorded apart, never in
   * `clicks` or `uniqueVisitors`. Item rollups have no such count: they are not about people.
   */
  @Column({ type: 'integer', default: 0 })
  selfClicks: number;
}

/** A rollup per item and network: every share of the item on the network added up. */
export abstract class ItemRollup extends ClickCounts {
  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @PrimaryColumn({ type: 'enum', enum: SHARE_NETWORKS, enumName: 'share_network' })
  network: ShareNetwork;

  @ManyToOne(() => ContentItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: ContentItem;
}
