import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SafeFetchers } from '../fetching/fetching.module';
import { FetchRefusedError, SafeFetcher } from '../fetching/safe-fetch';
import { decodeXml } from '../fetching/decode-text';
import { Transactions } from '../database/transactions';
import { JobsService } from '../jobs/jobs.service';
import { parseFeed } from './feeds/parse-feed';
import { SourceNotifier } from './source-notifier';
import { SourcesRepository } from './sources.repository';

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
    fetchers: SafeFetchers,
    private readonly transactions: Transactions,
    private readonly repository: SourcesRepository,
    private readonly jobs: JobsService,
    private readonly notifier: SourceNotifier,
  ) {
    this.fetcher = fetchers.create();
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
    for (const id of await this.repository.dueIds()) await this.queue(id);
  }

  /** Reads one feed; records success or the reason for failure on the source, never throws. */
  async poll(sourceId: string): Promise<void> {
    const source = await this.repository.findById(sourceId);
    if (!source) return;
    const polledAt = new Date();
    try {
      const headers: Record<string, string> = {};
      if (source.etag) headers['if-none-match'] = source.etag;
      if (source.lastModified) headers['if-modified-since'] = source.lastModified;
      const response = await this.fetcher.fetch(source.url, { mediaTypes: FEED_TYPES, headers });
      if (response.status === 304) {
        await this.repository.recordPoll(sourceId, {
          lastPolledAt: polledAt,
          lastSuccessAt: polledAt,
          lastError: null,
          consecutiveFailures: 0,
        });
        return;
      }
      const feed = parseFeed(decodeXml(response.body, response.charset), response.finalUrl);
      await this.transactions.run(async (manager) => {
        if (feed.entries.length > 0) {
          await this.repository.suggest(sourceId, feed.entries, manager);
        }
        await this.repository.recordPoll(
          sourceId,
          {
            title: source.title ?? feed.title?.slice(0, 300) ?? null,
            etag: response.headers.etag?.slice(0, 300) ?? null,
            lastModified: response.headers.lastModified?.slice(0, 100) ?? null,
            lastPolledAt: polledAt,
            lastSuccessAt: polledAt,
            lastError: null,
            consecutiveFailures: 0,
          },
          manager,
        );
      });
    } catch (error) {
      const reason = error instanceof FetchRefusedError ? error.message : (error as Error).message;
      this.logger.warn(`Polling ${source.url} failed: ${reason}`);
      await this.transactions.run(async (manager) => {
        const failure = { polledAt, error: reason.slice(0, 500) };
        const failures = await this.repository.recordFailure(sourceId, failure, manager);
        await this.notifier.pollFailed(source, failures, manager);
      });
    }
  }
}
