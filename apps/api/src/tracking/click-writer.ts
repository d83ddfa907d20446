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
    this.flushing = this.write().finally(() => {
      this.flushing = undefined;
      // What arrived during the write, or a write that failed, gets a flush of its own.
      if (this.buffer.length >= FLUSH_SIZE) this.flushSoon(0);
      else if (this.buffer.length > 0 || this.verified.size > 0) this.flushSoon(FLUSH_INTERVAL_MS);
    });
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

  /**
   * Writes the buffered events, then marks the shares verified. Each part that fails is kept
   * for the next flush, and only that part: events already written are never written again.
   */
  private async write(): Promise<void> {
    const batch = this.buffer.splice(0, this.buffer.length);
    const verified = this.verified;
    this.verified = new Map();
    try {
      if (batch.length > 0) await this.insert(batch);
    } catch (error) {
      this.logger.error(
        `Could not write ${batch.length} click events; will retry: ${String(error)}`,
      );
      this.buffer = batch.concat(this.buffer);
      this.keepVerified(verified);
      throw error;
    }
    this.written += batch.length;
    try {
      if (verified.size > 0) await this.markVerified(verified);
    } catch (error) {
      this.logger.error(
        `Could not mark ${verified.size} shares verified; will retry: ${String(error)}`,
      );
      this.keepVerified(verified);
      throw error;
    }
  }

  private keepVerified(verified: Map<string, number>): void {
    for (const [id, at] of verified) if (!this.verified.has(id)) this.verified.set(id, at);
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

const COUNTS = ['clicks', 'unique_visitors', 'previews', 'bots', 'heads'];
const SUM_COUNTS = COUNTS.map((count) => `sum(${count})::int`).join(', ');
const ADD_COUNTS = COUNTS.map((count) => `${count} = rollup.${count} + excluded.${count}`).join(
  ', ',
);

/**
 * A batch of events in, its rollups up: the events are inserted; the batch's visitor hashes not
 * yet seen for their share and day are remembered, and only those add to the unique count; the
 * counts per share and day are added to the rollups per share per day and per month, and per
 * item and network per day and per month (unique visitors are counted per day, so they add
 * up), each in key order so that concurrent writers lock rows in the same order.
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
  ), visitors AS (
    SELECT share_id, day, count(*)::int AS unique_visitors FROM first_visits GROUP BY share_id, day
  ), counted AS (
    SELECT batch.share_id, batch.day, date_trunc('month', batch.day)::date AS month,
           share.user_id, share.item_id, share.network,
           (count(*) FILTER (WHERE batch.kind = 'click'))::int AS clicks,
           coalesce(max(visitors.unique_visitors), 0)::int AS unique_visitors,
           (count(*) FILTER (WHERE batch.kind = 'preview'))::int AS previews,
           (count(*) FILTER (WHERE batch.kind = 'bot'))::int AS bots,
           (count(*) FILTER (WHERE batch.kind = 'head'))::int AS heads
      FROM batch
      JOIN shares share ON share.id = batch.share_id
      LEFT JOIN visitors ON visitors.share_id = batch.share_id AND visitors.day = batch.day
     GROUP BY batch.share_id, batch.day, share.user_id, share.item_id, share.network
  ), share_days AS (
    INSERT INTO share_click_days AS rollup (share_id, day, user_id, item_id, network,
                                            clicks, unique_visitors, previews, bots, heads)
    SELECT share_id, day, user_id, item_id, network, clicks, unique_visitors, previews, bots, heads
      FROM counted ORDER BY share_id, day
    ON CONFLICT (share_id, day) DO UPDATE SET ${ADD_COUNTS}
  ), share_months AS (
    INSERT INTO share_click_months AS rollup (share_id, month, user_id, item_id, network,
                                              clicks, unique_visitors, previews, bots, heads)
    SELECT share_id, month, user_id, item_id, network, ${SUM_COUNTS}
      FROM counted GROUP BY share_id, month, user_id, item_id, network ORDER BY share_id, month
    ON CONFLICT (share_id, month) DO UPDATE SET ${ADD_COUNTS}
  ), item_days AS (
    INSERT INTO item_click_days AS rollup (item_id, network, day,
                                           clicks, unique_visitors, previews, bots, heads)
    SELECT item_id, network, day, ${SUM_COUNTS}
      FROM counted GROUP BY item_id, network, day ORDER BY item_id, network, day
    ON CONFLICT (item_id, network, day) DO UPDATE SET ${ADD_COUNTS}
  )
  INSERT INTO item_click_months AS rollup (item_id, network, month,
                                           clicks, unique_visitors, previews, bots, heads)
  SELECT item_id, network, month, ${SUM_COUNTS}
    FROM counted GROUP BY item_id, network, month ORDER BY item_id, network, month
  ON CONFLICT (item_id, network, month) DO UPDATE SET ${ADD_COUNTS}`;
