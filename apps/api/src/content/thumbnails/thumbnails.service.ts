import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { DomainError } from '../../common/domain-error';
import { Transactions } from '../../database/transactions';
import { SafeFetchers } from '../../fetching/fetching.module';
import { FetchRefusedError, SafeFetcher } from '../../fetching/safe-fetch';
import { JobsService } from '../../jobs/jobs.service';
import { ContentRepository } from '../content.repository';
import { ContentItem } from '../entities/content-item.entity';
import { ImageRefusedError, makeThumbnail, type ThumbnailImage } from './thumbnail-image';
import { ThumbnailsRepository, type ServedThumbnail } from './thumbnails.repository';

export const THUMBNAIL_QUEUE = 'content.thumbnail';
/** A page's image larger than this is not fetched: a header picture is well under it. */
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
/** What an image address may answer with; the bytes decide whether it really is an image. */
const IMAGE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/avif',
  'application/octet-stream',
];

/** What fetching an item's image came to: a thumbnail, or why there is none. */
export type PreparedThumbnail =
  { sourceUrl: string; image: ThumbnailImage } | { sourceUrl: string; error: string };

/**
 * Card thumbnails: each item's image is fetched once per image address, through the same safe
 * fetcher as its page, checked and scaled down, and kept in the database. A failure is
 * recorded on the item for the curator and never stops the page from being read.
 */
@Injectable()
export class ThumbnailsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ThumbnailsService.name);
  private readonly fetcher: SafeFetcher;

  constructor(
    fetchers: SafeFetchers,
    private readonly transactions: Transactions,
    private readonly content: ContentRepository,
    private readonly thumbnails: ThumbnailsRepository,
    private readonly jobs: JobsService,
  ) {
    this.fetcher = fetchers.create({
      maxBytes: IMAGE_MAX_BYTES,
      timeoutMs: 10_000,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ itemId: string }>(THUMBNAIL_QUEUE, ({ itemId }) => this.refresh(itemId));
  }

  /** Queues making the thumbnail of an item whose image address a curator changed. */
  async queue(itemId: string): Promise<void> {
    try {
      await this.jobs.send(THUMBNAIL_QUEUE, { itemId });
    } catch (error) {
      this.logger.error(`Could not queue the thumbnail of ${itemId}: ${(error as Error).message}`);
      await this.content.setThumbnailError(
        itemId,
        'could not start fetching the image; save it again to retry',
      );
    }
  }

  /**
   * Fetches `imageUrl` and makes its thumbnail, unless the item's thumbnail already comes from
   * that address (null: nothing to do). Never throws: a refusal is the result.
   */
  async prepare(itemId: string, imageUrl: string | null): Promise<PreparedThumbnail | null> {
    if (imageUrl === null || (await this.thumbnails.sourceUrlOf(itemId)) === imageUrl) {
      return null;
    }
    try {
      const fetched = await this.fetcher.fetch(imageUrl, { mediaTypes: IMAGE_TYPES });
      return { sourceUrl: imageUrl, image: await makeThumbnail(fetched.body) };
    } catch (error) {
      const known = error instanceof FetchRefusedError || error instanceof ImageRefusedError;
      const reason = known
        ? `image ${error.message}`
        : `could not read the image: ${(error as Error).message}`;
      this.logger.warn(`Thumbnail of ${imageUrl} failed: ${reason}`);
      return { sourceUrl: imageUrl, error: reason.slice(0, 500) };
    }
  }

  /**
   * Writes what `prepare` made for `current` (the item, locked by the caller, who saves it):
   * only if the item still has that image address; no image address means no thumbnail.
   */
  async apply(
    manager: EntityManager,
    current: ContentItem,
    prepared: PreparedThumbnail | null,
  ): Promise<void> {
    if (current.imageUrl === null) {
      await this.thumbnails.remove(manager, current.id);
      current.thumbnailError = null;
      return;
    }
    if (prepared === null || prepared.sourceUrl !== current.imageUrl) return;
    if ('image' in prepared) {
      await this.thumbnails.save(manager, current.id, prepared.sourceUrl, prepared.image);
      current.thumbnailError = null;
    } else {
      // The one there was made from another address: it no longer shows this item's image.
      await this.thumbnails.remove(manager, current.id);
      current.thumbnailError = prepared.error;
    }
  }

  /** Stores a thumbnail made elsewhere (the demo's, drawn locally) as if it had been fetched. */
  async store(manager: EntityManager, item: ContentItem, image: ThumbnailImage): Promise<void> {
    if (item.imageUrl === null) throw new Error('A thumbnail needs the image address it shows');
    await this.apply(manager, item, { sourceUrl: item.imageUrl, image });
  }

  /** Makes the thumbnail for the item's image address as it is now, if not made already. */
  async refresh(itemId: string): Promise<void> {
    const item = await this.content.findById(itemId);
    if (!item) return;
    const prepared = await this.prepare(itemId, item.imageUrl);
    if (prepared === null && item.imageUrl !== null) return;
    await this.transactions.run(async (manager) => {
      const current = await this.content.findForUpdate(itemId, manager);
      if (!current) return;
      await this.apply(manager, current, prepared);
      await this.content.setThumbnailError(itemId, current.thumbnailError, manager);
    });
  }

  /**
   * The thumbnail to serve to `user`: curators see every item's, everyone else only those of
   * approved items (what the feed shows).
   */
  async find(itemId: string, user: AuthenticatedUser): Promise<ServedThumbnail> {
    const curates = user.roles.some((role) => role === 'curator' || role === 'admin');
    const thumbnail = await this.thumbnails.findServed(itemId, !curates);
    if (!thumbnail) {
      throw new DomainError('not_found', 'errors:content.noThumbnail', { id: itemId });
    }
    return thumbnail;
  }

  /** An approved item's thumbnail as a mail names it (its whole hash); a 404 otherwise. */
  async findMailed(itemId: string, hash: string): Promise<ServedThumbnail> {
    const thumbnail = await this.thumbnails.findMailed(itemId, hash);
    if (!thumbnail) {
      throw new DomainError('not_found', 'errors:content.noThumbnail', { id: itemId });
    }
    return thumbnail;
  }
}
