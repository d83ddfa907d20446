import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ContentThumbnail } from '../entities/content-thumbnail.entity';
import type { ThumbnailImage } from './thumbnail-image';

export interface ServedThumbnail {
  contentType: string;
  data: Buffer;
  hash: string;
}

/** The thumbnails table: what an item's thumbnail was made from, its bytes, and writing it. */
@Injectable()
export class ThumbnailsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The image address the item's thumbnail was made from, or null when it has none. */
  async sourceUrlOf(itemId: string): Promise<string | null> {
    const row = await this.dataSource.manager.findOne(ContentThumbnail, {
      select: { itemId: true, sourceUrl: true },
      where: { itemId },
    });
    return row?.sourceUrl ?? null;
  }

  /**
   * The thumbnail with its bytes; with `approvedOnly`, only for an item employees may see
   * (approved), so that a draft's picture is not shown before a curator checked it.
   */
  async findServed(itemId: string, approvedOnly: boolean): Promise<ServedThumbnail | null> {
    const [row] = await this.dataSource.query<
      { content_type: string; data: Buffer; hash: string }[]
    >(
      `SELECT thumbnail.content_type, thumbnail.data, thumbnail.hash
         FROM content_thumbnails thumbnail
         JOIN content_items item ON item.id = thumbnail.item_id
        WHERE thumbnail.item_id = $1 AND (NOT $2 OR item.status = 'approved')`,
      [itemId, approvedOnly],
    );
    return row ? { contentType: row.content_type, data: row.data, hash: row.hash } : null;
  }

  /** The approved item's thumbnail with its bytes, when its hash is `hash`. */
  async findMailed(itemId: string, hash: string): Promise<ServedThumbnail | null> {
    const [row] = await this.dataSource.query<{ content_type: string; data: Buffer }[]>(
      `SELECT thumbnail.content_type, thumbnail.data
         FROM content_thumbnails thumbnail
         JOIN content_items item ON item.id = thumbnail.item_id
        WHERE thumbnail.item_id = $1 AND thumbnail.hash = $2 AND item.status = 'approved'`,
      [itemId, hash],
    );
    return row ? { contentType: row.content_type, data: row.data, hash } : null;
  }

  /** Replaces the item's thumbnail with one made from `sourceUrl`. */
  async save(
    manager: EntityManager,
    itemId: string,
    sourceUrl: string,
    image: ThumbnailImage,
  ): Promise<void> {
    await manager.upsert(
      ContentThumbnail,
      {
        itemId,
        sourceUrl,
        contentType: image.contentType,
        width: image.width,
        height: image.height,
        data: image.data,
        hash: image.hash,
        fetchedAt: new Date(),
      },
      ['itemId'],
    );
  }

  async remove(manager: EntityManager, itemId: string): Promise<void> {
    await manager.delete(ContentThumbnail, { itemId });
  }
}
