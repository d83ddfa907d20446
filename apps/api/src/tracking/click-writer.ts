import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { VisitKind } from '@chorus/core';

export interface ClickRecord {
  shareId: string;
  /** Milliseconds since the epoch. */
  at: number;
  kind: VisitKind;
  crawler: string | null;
  visitor: string | null;
}

/** A buffer is written at least this often... */
export const FLUSH_INTERVAL_MS = 250;
/** ...and as soon as it holds this many events. */
export const FLUSH_SIZE = 1_000;

/**
 * Writes click events in batches: one multi-row INSERT per flush, at least every 250 ms or every
 * 1,000 events, and whatever is left when the application shuts down. Shares seen verified
 * for the first time are marked in the same flush. A failed write keeps its events for the next
 * flush.
 */
@Injectable()
export class ClickWriter implements OnApplicationShutdown {
  private readonly logger = new Logger(ClickWriter.name);
  private buffer: ClickRecord[] = [];
  private verified = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private flushing?: Promise<void>;
  private written = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    await this.dataSource.query(
      `INSERT INTO click_events (share_id, occurred_at, kind, crawler, visitor)
       SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::visit_kind[], $4::varchar[],
                            $5::varchar[])`,
      [
        batch.map((click) => click.shareId),
        batch.map((click) => new Date(click.at).toISOString()),
        batch.map((click) => click.kind),
        batch.map((click) => click.crawler),
        batch.map((click) => click.visitor),
      ],
    );
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
