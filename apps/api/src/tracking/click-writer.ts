import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { VisitKind } from '@chorus/core';
import { ClickStorage } from './click-storage';

export interface ClickRecord {
  shareId: string;
  /** Milliseconds since the epoch. */
  at: number;
  /** The organisation's calendar day of `at` (YYYY-MM-DD): the day it is counted on. */
  day: string;
  kind: VisitKind;
  crawler: string | null;
  visitor: string | null;
}

/** A buffer is written at least this often... */
export const FLUSH_INTERVAL_MS = 250;
/** ...and as soon as it holds this many events. */
export const FLUSH_SIZE = 1_000;

/**
 * Writes click events in batches, at least every 250 ms or every 1,000 events, and whatever is
 * left when the application shuts down. One statement writes a batch's events and adds them to
 * the per share per day rollups (clicks, new unique visitors, previews, bots, HEAD requests), so
 * the rollups are exact: both are written or neither. Shares seen verified for the first time
 * are marked in the same flush. A failed write keeps its events for the next flush.
 */
@Injectable()
export class ClickWriter implements OnApplicationShutdown {
  private readonly logger = new Logger(ClickWriter.name);
  private buffer: ClickRecord[] = [];
  private verified = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private flushing?: Promise<void>;
  private written = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: ClickStorage,
  ) {}

  record(click: ClickRecord): void {
    this.buffer.push(click);
    if (this.buffer.length >= FLUSH_SIZE) this.flushSoon(0);
    else this.flushSoon(FLUSH_INTERVAL_MS);
  }

  /** Marks the share verified at `at`, unless it already was. */
  verify(shareId: string, at: number): void {
    if (!this.verified.has(shareId)) this.verified.set(shareId, at);
  }

  /** Events written since start, for tests and benchmarks. */
  get writtenCount(): number {
    return this.written;
  }

  /** Writes everything buffered now, waiting for a flush already under way. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.buffer.length === 0 && this.verified.size === 0) return;
    this.flushing = this.write().finally(() => (this.flushing = undefined));
    await this.flushing;
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    // Requests answered before the server closed are all in the buffer by now.
    try {
      await this.flush();
      // Events recorded while that flush ran: the server is closed, so no more arrive.
      if (this.buffer.length > 0 || this.verified.size > 0) await this.flush();
    } catch {
      this.logger.error(`Stopping with ${this.buffer.length} click events not written.`);
    }
  }

  private flushSoon(delay: number): void {
    if (delay === 0) {
      clearTimeout(this.timer);
      this.timer = undefined;
      if (!this.flushing) void this.flush().catch(() => undefined);
      return;
    }
    if (this.timer || this.flushing) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush().catch(() => undefined);
    }, delay);
    this.timer.unref();
  }

  private async write(): Promise<void> {
    const batch = this.buffer.splice(0, this.buffer.length);
    const verified = this.verified;
    this.verified = new Map();
    try {
      if (batch.length > 0) await this.insert(batch);
      if (verified.size > 0) await this.markVerified(verified);
      this.written += batch.length;
    } catch (error) {
      this.logger.error(
        `Could not write ${batch.length} click events; will retry: ${String(error)}`,
      );
      this.buffer = batch.concat(this.buffer);
      for (const [id, at] of verified) if (!this.verified.has(id)) this.verified.set(id, at);
      throw error;
    } finally {
      // Events that arrived during the write get their own flush.
      if (this.buffer.length >= FLUSH_SIZE) this.flushSoon(0);
      else if (this.buffer.length > 0) this.flushSoon(FLUSH_INTERVAL_MS);
    }
  }

  private async insert(batch: ClickRecord[]): Promise<void> {
    await this.storage.ensurePartitions(batch.map((click) => click.day));
    await this.dataSource.query(WRITE_BATCH, [
      batch.map((click) => click.shareId),
      batch.map((click) => click.day),
      batch.map((click) => new Date(click.at).toISOString()),
      batch.map((click) => click.kind),
      batch.map((click) => click.crawler),
      batch.map((click) => click.visitor),
    ]);
  }

  private async markVerified(verified: Map<string, number>): Promise<void> {
    await this.dataSource.query(
      `UPDATE shares SET verified_at = verifying.at
         FROM unnest($1::uuid[], $2::timestamptz[]) AS verifying(id, at)
        WHERE shares.id = verifying.id AND shares.verified_at IS NULL`,
      [[...verified.keys()], [...verified.values()].map((at) => new Date(at).toISOString())],
    );
  }
}

/**
 * A batch of events in, its rollups up: the events are inserted; the batch's visitor hashes not
 * yet seen for their share and day are remembered, and only those add to the unique count; the
 * counts per share and day are added to the rollups, in key order so that concurrent writers
 * lock rows in the same order.
 */
const WRITE_BATCH = `
  WITH batch AS (
    SELECT * FROM unnest($1::uuid[], $2::date[], $3::timestamptz[], $4::visit_kind[],
                         $5::varchar[], $6::varchar[])
      AS event(share_id, day, occurred_at, kind, crawler, visitor)
  ), written AS (
    INSERT INTO click_events (share_id, day, occurred_at, kind, crawler, visitor)
    SELECT share_id, day, occurred_at, kind, crawler, visitor FROM batch
  ), first_visits AS (
    INSERT INTO recent_visitors (share_id, day, visitor)
    SELECT DISTINCT share_id, day, visitor FROM batch WHERE kind = 'click' AND visitor IS NOT NULL
    ON CONFLICT DO NOTHING
    RETURNING share_id, day
  ), counted AS (
    SELECT share_id, day,
           (count(*) FILTER (WHERE kind = 'click'))::int AS clicks,
           (count(*) FILTER (WHERE kind = 'preview'))::int AS previews,
           (count(*) FILTER (WHERE kind = 'bot'))::int AS bots,
           (count(*) FILTER (WHERE kind = 'head'))::int AS heads
      FROM batch GROUP BY share_id, day
  ), visitors AS (
    SELECT share_id, day, count(*)::int AS unique_visitors FROM first_visits GROUP BY share_id, day
  )
  INSERT INTO share_click_days (share_id, day, user_id, item_id, network,
                                clicks, unique_visitors, previews, bots, heads)
  SELECT counted.share_id, counted.day, share.user_id, share.item_id, share.network,
         counted.clicks, coalesce(visitors.unique_visitors, 0), counted.previews, counted.bots,
         counted.heads
    FROM counted
    JOIN shares share ON share.id = counted.share_id
    LEFT JOIN visitors ON visitors.share_id = counted.share_id AND visitors.day = counted.day
   ORDER BY counted.share_id, counted.day
  ON CONFLICT (share_id, day) DO UPDATE SET
    clicks = share_click_days.clicks + excluded.clicks,
    unique_visitors = share_click_days.unique_visitors + excluded.unique_visitors,
    previews = share_click_days.previews + excluded.previews,
    bots = share_click_days.bots + excluded.bots,
    heads = share_click_days.heads + excluded.heads`;
