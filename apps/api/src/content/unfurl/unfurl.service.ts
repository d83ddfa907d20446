import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { normalizeContentUrl } from '@chorus/core';
import { SafeFetchers } from '../../fetching/fetching.module';
import { FetchRefusedError, SafeFetcher } from '../../fetching/safe-fetch';
import { JobsService } from '../../jobs/jobs.service';
import { Transactions } from '../../database/transactions';
import { ContentRepository } from '../content.repository';
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
    fetchers: SafeFetchers,
    private readonly transactions: Transactions,
    private readonly content: ContentRepository,
    private readonly jobs: JobsService,
    private readonly thumbnails: ThumbnailsService,
  ) {
    this.fetcher = fetchers.create();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ itemId: string }>(UNFURL_QUEUE, ({ itemId }) => this.unfurl(itemId));
  }

  /**
   * Marks the item as waiting and queues the fetch. The item is already saved, so a queue that
   * cannot take the job is recorded on it (the curator can try again) rather than thrown.
   */
  async queue(itemId: string): Promise<void> {
    await this.content.setUnfurlState(itemId, 'pending', null);
    try {
      await this.jobs.send(UNFURL_QUEUE, { itemId });
    } catch (error) {
      this.logger.error(`Could not queue reading item ${itemId}: ${(error as Error).message}`);
      await this.content.setUnfurlState(
        itemId,
        'failed',
        'could not start reading the page; try again',
      );
    }
  }

  /**
   * Fetches and reads the page, then the image it names (unless its thumbnail is made already);
   * records a refusal or failure on the item instead of throwing.
   */
  async unfurl(itemId: string): Promise<void> {
    const item = await this.content.findById(itemId);
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
      await this.content.setUnfurlState(itemId, 'failed', reason.slice(0, 500));
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
      await this.content.setUnfurlState(itemId, 'failed', reason.slice(0, 500));
    }
  }

  private async apply(
    item: ContentItem,
    metadata: PageMetadata,
    thumbnail: PreparedThumbnail | null,
  ): Promise<void> {
    await this.transactions.run(async (manager) => {
      const current = await this.content.findForUpdate(item.id, manager);
      if (!current) return;
      Object.assign(current, readValues(current, metadata));
      await this.thumbnails.apply(manager, current, thumbnail);
      current.unfurlState = 'done';
      current.unfurlError = null;
      const canonical = metadata.canonicalUrl ? normalizeContentUrl(metadata.canonicalUrl) : null;
      if (canonical && canonical !== current.canonicalUrl) {
        const other = await this.content.findOtherAtAddress(canonical, current.id, manager);
        if (other) {
          current.duplicateOfId = other.id;
          current.unfurlError = `This page is the same as another item ("${other.title ?? other.url}"): archive this one and use that one.`;
        } else {
          current.canonicalUrl = canonical;
          current.duplicateOfId = null;
        }
      }
      await this.content.save(current, manager);
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
