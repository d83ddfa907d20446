import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { FetchRefusedError, SafeFetcher } from '../fetching/safe-fetch';
import { decodeXml } from '../fetching/decode-text';
import { JobsService } from '../jobs/jobs.service';
import { ContentSource } from './entities/content-source.entity';
import { parseFeed } from './feeds/parse-feed';

export const POLL_DUE_QUEUE = 'sources.poll-due';
export const POLL_QUEUE = 'sources.poll';
const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
];

/**
 * Reads feeds on their schedule (a pg-boss tick every minute picks the sources that are due),
 * politely: conditional requests with ETag and Last-Modified. New links become suggestions;
 * links already suggested, or already content, are not suggested again.
 */
@Injectable()
export class SourcePollingService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SourcePollingService.name);
  private readonly fetcher: SafeFetcher;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {
    this.fetcher = new SafeFetcher({ allow: config.fetchAllow });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ sourceId: string }>(POLL_QUEUE, ({ sourceId }) => this.poll(sourceId));
    await this.jobs.schedule(POLL_DUE_QUEUE, '* * * * *', () => this.queueDue());
  }

  /** Queues a poll now (a new source, or "poll now"). */
  queue(sourceId: string): Promise<void> {
    // One waiting poll per feed, however many ticks pass while a slow feed is read.
    return this.jobs.send(POLL_QUEUE, { sourceId }, { singletonKey: sourceId });
  }

  async queueDue(): Promise<void> {
    const due = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM content_sources
        WHERE last_polled_at IS NULL
           OR last_polled_at <= now() - make_interval(mins => poll_interval_minutes)`,
    );
    for (const { id } of due) await this.queue(id);
  }

  /** Reads one feed; records success or the reason for failure on the source, never throws. */
  async poll(sourceId: string): Promise<void> {
    const sources = this.dataSource.getRepository(ContentSource);
    const source = await sources.findOneBy({ id: sourceId });
    if (!source) return;
    const polledAt = new Date();
    try {
      const headers: Record<string, string> = {};
      if (source.etag) headers['if-none-match'] = source.etag;
      if (source.lastModified) headers['if-modified-since'] = source.lastModified;
      const response = await this.fetcher.fetch(source.url, { mediaTypes: FEED_TYPES, headers });
      if (response.status === 304) {
        await sources.update(sourceId, {
          lastPolledAt: polledAt,
          lastSuccessAt: polledAt,
          lastError: null,
        });
        return;
      }
      const feed = parseFeed(decodeXml(response.body, response.charset), response.finalUrl);
      await this.dataSource.transaction(async (manager) => {
        if (feed.entries.length > 0) {
          await manager.query(
            `INSERT INTO source_entries (source_id, url, title, published_at)
             SELECT $1, e.url, e.title, e.published_at
               FROM unnest($2::varchar[], $3::varchar[], $4::timestamptz[]) AS e(url, title, published_at)
              WHERE NOT EXISTS (
                SELECT 1 FROM content_items c WHERE c.url = e.url OR c.canonical_url = e.url)
             ON CONFLICT (url) DO NOTHING`,
            [
              sourceId,
              feed.entries.map((entry) => entry.url),
              feed.entries.map((entry) => entry.title),
              feed.entries.map((entry) => entry.publishedAt),
            ],
          );
        }
        await manager.update(ContentSource, sourceId, {
          title: source.title ?? feed.title?.slice(0, 300) ?? null,
          etag: response.headers.etag?.slice(0, 300) ?? null,
          lastModified: response.headers.lastModified?.slice(0, 100) ?? null,
          lastPolledAt: polledAt,
          lastSuccessAt: polledAt,
          lastError: null,
        });
      });
    } catch (error) {
      const reason = error instanceof FetchRefusedError ? error.message : (error as Error).message;
      this.logger.warn(`Polling ${source.url} failed: ${reason}`);
      await sources.update(sourceId, { lastPolledAt: polledAt, lastError: reason.slice(0, 500) });
    }
  }
}
