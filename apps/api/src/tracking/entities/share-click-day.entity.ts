import { SHARE_NETWORKS, type ShareNetwork } from '@chorus/core';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ContentItem } from '../../content/entities/content-item.entity';
import { Share } from '../../sharing/entities/share.entity';
import { User } from '../../users/entities/user.entity';

/**
 * What one share's tracked link got on one of the organisation's calendar days: the rollup that
 * every figure is read from, so that no dashboard scans raw click events. Kept exact by the same
 * statement that writes the events; kept after retention drops the events themselves. The
 * share's person, item and network are copied in, so that filters need no join to shares.
 */
@Entity('share_click_days')
@Index(['day'])
@Index(['userId', 'day'])
export class ShareClickDay {
  @PrimaryColumn({ type: 'uuid' })
  shareId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

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

  @Column({ type: 'integer', default: 0 })
  clicks: number;

  /** Distinct visitor hashes among the day's clicks. */
  @Column({ type: 'integer', default: 0 })
  uniqueVisitors: number;

  @Column({ type: 'integer', default: 0 })
  previews: number;

  @Column({ type: 'integer', default: 0 })
  bots: number;

  @Column({ type: 'integer', default: 0 })
  heads: number;
}
