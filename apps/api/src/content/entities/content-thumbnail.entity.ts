import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ContentItem } from './content-item.entity';

/**
 * A content item's card picture: its page's image, fetched once, checked and scaled down, kept
 * here (not on a disk) so that every replica serves it. One per item, for the image address
 * it was made from.
 */
@Entity('content_thumbnails')
export class ContentThumbnail {
  @PrimaryColumn('uuid')
  itemId: string;

  @OneToOne(() => ContentItem, (item) => item.thumbnail, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  // Relation<> keeps the decorator metadata from touching ContentItem while the two files load.
  item?: Relation<ContentItem>;

  /** The item's image address this was made from; a different address means a new thumbnail. */
  @Column({ type: 'varchar', length: 2048 })
  sourceUrl: string;

  @Column({ type: 'varchar', length: 40 })
  contentType: string;

  @Column({ type: 'smallint' })
  width: number;

  @Column({ type: 'smallint' })
  height: number;

  /** The picture itself: only the thumbnail route reads it. */
  @Column({ type: 'bytea', select: false })
  data: Buffer;

  /** SHA-256 of `data`, hex: its ETag, and the version in its address. */
  @Column({ type: 'varchar', length: 64 })
  hash: string;

  @Column({ type: 'timestamptz' })
  fetchedAt: Date;
}
