import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { normalizeContentUrl } from '@chorus/core';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { FetchRefusedError, SafeFetcher } from '../../fetching/safe-fetch';
import { JobsService } from '../../jobs/jobs.service';
import { UNFURLED_FIELDS, type UnfurledField } from '../content-rules';
import { ContentItem } from '../entities/content-item.entity';
import { decodeHtml } from '../../fetching/decode-text';
import { ThumbnailsService, type PreparedThumbnail } from '../thumbnails/thumbnails.service';
import { unfurlHtml, type PageMetadata } from './unfurl-html';

export const UNFURL_QUEUE = 'content.unfurl';
const HTML = ['text/html', 'application/xhtml+xml'];

/**
 * Reads a content item's page in the background and fills in what the page says about itself,
 * leaving alone every field a curator has set by hand.
 */
@Injectable()
export class UnfurlService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UnfurlService.name);
  private readonly fetcher: SafeFetcher;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly thumbnails: ThumbnailsService,
  ) {
    this.fetcher = new SafeFetcher({ allow: config.fetchAllow });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ itemId: string }>(UNFURL_QUEUE, ({ itemId }) => this.unfurl(itemId));
  }

  /**
   * Marks the item as waiting and queues the fetch. The item is already saved, so a queue that
   * cannot take the job is recorded on it (the curator can try again) rather than thrown.
   */
  async queue(itemId: string): Promise<void> {
    const items = this.dataSource.getRepository(ContentItem);
    await items.update({ id: itemId }, { unfurlState: 'pending', unfurlError: null });
    try {
      await this.jobs.send(UNFURL_QUEUE, { itemId });
    } catch (error) {
      this.logger.error(`Could not queue reading item ${itemId}: ${(error as Error).message}`);
      await items.update(
        { id: itemId },
        { unfurlState: 'failed', unfurlError: 'could not start reading the page; try again' },
      );
    }
  }

  /**
   * Fetches and reads the page, then the image it names (unless its thumbnail is made already);
   * records a refusal or failure on the item instead of throwing.
   */
  async unfurl(itemId: string): Promise<void> {
    const items = this.dataSource.getRepository(ContentItem);
    const item = await items.findOneBy({ id: itemId });
    if (!item) return;
    let metadata: PageMetadata;
    try {
      const page = await this.fetcher.fetch(item.url, { mediaTypes: HTML });
      metadata = unfurlHtml(decodeHtml(page.body, page.charset), page.finalUrl);
    } catch (error) {
      const reason =
        error instanceof FetchRefusedError
          ? error.message
          : `could not read the page: ${(error as Error).message}`;
      this.logger.warn(`Unfurling ${item.url} failed: ${reason}`);
      await items.update(
        { id: itemId },
        { unfurlState: 'failed', unfurlError: reason.slice(0, 500) },
      );
      return;
    }
    const imageUrl = readValues(item, metadata).imageUrl ?? item.imageUrl;
    const thumbnail = await this.thumbnails.prepare(item.id, imageUrl);
    try {
      await this.apply(item, metadata, thumbnail);
    } catch (error) {
      // Never leave the item "pending" for ever: say what went wrong instead.
      const reason = `could not save what the page says: ${(error as Error).message}`;
      this.logger.error(`Unfurling ${item.url}: ${reason}`);
      await items.update(
        { id: itemId },
        { unfurlState: 'failed', unfurlError: reason.slice(0, 500) },
      );
    }
  }

  private async apply(
    item: ContentItem,
    metadata: PageMetadata,
    thumbnail: PreparedThumbnail | null,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(ContentItem, {
        where: { id: item.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) return;
      Object.assign(current, readValues(current, metadata));
      await this.thumbnails.apply(manager, current, thumbnail);
      current.unfurlState = 'done';
      current.unfurlError = null;
      const canonical = metadata.canonicalUrl ? normalizeContentUrl(metadata.canonicalUrl) : null;
      if (canonical && canonical !== current.canonicalUrl) {
        const other = await manager
          .createQueryBuilder(ContentItem, 'other')
          .where('(other.url = :canonical OR other.canonical_url = :canonical)', { canonical })
          .andWhere('other.id <> :id', { id: current.id })
          .getOne();
        if (other) {
          current.duplicateOfId = other.id;
          current.unfurlError = `This page is the same as another item ("${other.title ?? other.url}"): archive this one and use that one.`;
        } else {
          current.canonicalUrl = canonical;
          current.duplicateOfId = null;
        }
      }
      await manager.save(current);
    });
  }
}

/**
 * What the page says that goes onto the item: the fields a curator has not set by hand, and only
 * while it is a draft (what an item in review or approved says was checked by a person).
 */
function readValues(
  item: ContentItem,
  metadata: PageMetadata,
): Partial<Pick<ContentItem, UnfurledField>> {
  if (item.status !== 'draft') return {};
  const fields = UNFURLED_FIELDS.filter(
    (field) => !item.editedFields.includes(field) && metadata[field] !== null,
  );
  return Object.fromEntries(fields.map((field) => [field, metadata[field]]));
}
