import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ClickJournal, type JournalEntry } from './click-journal';
import type { CapturedClick, ClickRecord } from './click-record';
import { ClickStorage } from './click-storage';
import { newEventId } from './event-id';

export type { ClickRecord } from './click-record';

/** A buffer is written at least this often... */
export const FLUSH_INTERVAL_MS = 250;
/** ...and as soon as it holds this many events. */
export const FLUSH_SIZE = 1_000;
/** One statement writes at most this many events. */
export const BATCH_LIMIT = 10_000;
type WriterConfig = Pick<AppConfig, 'clicks'>;

/**
 * Writes click events in batches, at least every 250 ms or every 1,000 events. One statement
 * writes a batch's events and adds them to the per share per day rollups, so the rollups are
 * exact: both are written or neither; each event carries the id it got at capture, so a batch
 * written twice counts once. Shares seen verified for the first time are marked in the same
 * flush.
 *
 * When the database cannot be reached, the writer waits longer between attempts (250 ms,
 * doubling up to CHORUS_CLICK_RETRY_SECONDS) and says so once per such interval, with the
 * count waiting. At most 50,000 events wait in memory; beyond that, and whatever is left when
 * the application stops, goes to the click journal on disk, which is written to the database
 * once it answers again, or at the next start.
 */
@Injectable()
export class ClickWriter implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ClickWriter.name);
  private buffer: ClickRecord[] = [];
  private verified = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private flushing?: Promise<void>;
  private written = 0;
  /** Attempts failed in a row; the next waits longer for each. */
  private failures = 0;
  private waitingSince?: number;
  private lastWarning = 0;
  /** Entries the journal holds that this process put there or found at start. */
  private journalPending = false;
  private journaled = 0;
  private lost = 0;
  /** Journal appends under way, one after the other. */
  private spilling: Promise<void> = Promise.resolve();
  private stopping = false;
  private readonly retryMaxMs: number;
  private readonly memoryLimit: number;

  constructor(
    private readonly storage: ClickStorage,
    private readonly journal: ClickJournal,
    @Inject(APP_CONFIG) config: WriterConfig,
  ) {
    this.retryMaxMs = config.clicks.retryMaxMs;
    this.memoryLimit = config.clicks.memoryLimit;
  }

  /** Writes what an earlier run or an outage left in the journal. */
  async onApplicationBootstrap(): Promise<void> {
    if (await this.journal.hasEntries()) {
      this.journalPending = true;
      this.flushSoon(0);
    }
  }

  record(capture: CapturedClick): void {
    this.buffer.push({ id: newEventId(capture.at), ...capture });
    if (this.buffer.length >= this.memoryLimit) this.spill();
    else if (this.buffer.length >= FLUSH_SIZE) this.flushSoon(0);
    else this.flushSoon(FLUSH_INTERVAL_MS);
  }

  /** Marks the share verified at `at`, unless it already was. */
  verify(shareId: string, at: number): void {
    if (!this.verified.has(shareId)) this.verified.set(shareId, at);
  }

  /** Events written since start (replayed ones included), for tests and benchmarks. */
  get writtenCount(): number {
    return this.written;
  }

  /** Writes everything buffered now (and the journal, if it holds anything), waiting for a flush already under way. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (!this.hasWork()) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.flushing = this.write().finally(() => {
      this.flushing = undefined;
      if (this.stopping) return;
      if (this.failures > 0) this.retryLater();
      // What arrived during the write gets a flush of its own.
      else if (this.buffer.length >= FLUSH_SIZE) this.flushSoon(0);
      else if (this.hasWork()) this.flushSoon(FLUSH_INTERVAL_MS);
    });
    await this.flushing;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    // Requests answered before the server closed are all in the buffer by now. One attempt,
    // whatever the wait between retries: the database may be back.
    let failure: unknown;
    try {
      // A batch at a time, and then what was recorded while the first ran (the server is
      // closed, so no more arrive): bounded, since the buffer is.
      const rounds = 2 + Math.ceil(this.memoryLimit / BATCH_LIMIT);
      await this.flush();
      for (
        let round = 1;
        round < rounds && this.buffer.length + this.verified.size > 0;
        round += 1
      ) {
        await this.flush();
      }
    } catch (error) {
      failure = error;
    }
    const waiting = this.buffer.length;
    if (waiting > 0 || this.verified.size > 0) this.spill();
    await this.spilling;
    await this.journal.seal().catch((error: unknown) => {
      this.logger.error(`Could not close the click journal: ${String(error)}`);
    });
    this.logStop(waiting, failure);
  }

  private hasWork(): boolean {
    return this.buffer.length > 0 || this.verified.size > 0 || this.journalPending;
  }

  private flushSoon(delay: number): void {
    // While the database is failing, the retry timer alone decides when to try again.
    if (this.failures > 0 || this.stopping) return;
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

  /** 250 ms after the first failure, doubling with each, up to the configured longest wait. */
  private retryLater(): void {
    if (this.timer) return;
    const delay = Math.min(
      this.retryMaxMs,
      FLUSH_INTERVAL_MS * 2 ** Math.min(this.failures - 1, 20),
    );
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush().catch(() => undefined);
    }, delay);
    this.timer.unref();
  }

  /**
   * Writes the buffered events (one batch), marks the shares verified, then writes what the
   * journal holds. Each part that fails is kept for the next attempt, and only that part.
   */
  private async write(): Promise<void> {
    const batch = this.buffer.splice(0, BATCH_LIMIT);
    const verified = this.verified;
    this.verified = new Map();
    try {
      if (batch.length > 0) this.written += await this.storage.writeClicks(batch);
    } catch (error) {
      this.buffer = batch.concat(this.buffer);
      this.keepVerified(verified);
      return this.failed(error);
    }
    try {
      await this.storage.markVerified(verified);
      if (this.journalPending && !this.stopping) await this.replayJournal();
    } catch (error) {
      this.keepVerified(verified);
      return this.failed(error);
    }
    this.recovered();
  }

  private failed(error: unknown): never {
    this.failures += 1;
    const now = Date.now();
    this.waitingSince ??= now;
    if (this.failures === 1 || now - this.lastWarning >= this.retryMaxMs) {
      this.lastWarning = now;
      const journal = this.journaled > 0 ? `, ${this.journaled} in the click journal` : '';
      this.logger.error(
        `Cannot write click events (${this.buffer.length} waiting in memory${journal}); ` +
          `retrying, at most every ${this.retryMaxMs / 1000} s: ${String(error)}`,
      );
    }
    throw error;
  }

  private recovered(): void {
    if (this.failures === 0) return;
    const seconds = Math.round((Date.now() - (this.waitingSince ?? Date.now())) / 1000);
    this.logger.log(
      `Writing click events again, after ${this.failures} failed attempts in ${seconds} s.`,
    );
    this.failures = 0;
    this.waitingSince = undefined;
  }

  private keepVerified(verified: Map<string, number>): void {
    for (const [id, at] of verified) if (!this.verified.has(id)) this.verified.set(id, at);
  }

  /** Moves what waits in memory to the journal, in the background, one append after another. */
  private spill(): void {
    const entries: JournalEntry[] = this.buffer.map((click) => ({ click }));
    for (const [shareId, at] of this.verified) entries.push({ verify: { shareId, at } });
    const clicks = this.buffer.length;
    this.buffer = [];
    this.verified = new Map();
    this.spilling = this.spilling.then(async () => {
      let kept = 0;
      let reason = 'the click journal is full (CHORUS_CLICK_JOURNAL_MB)';
      try {
        kept = await this.journal.append(entries);
      } catch (error) {
        reason = `the click journal could not be written: ${String(error)}`;
      }
      const keptClicks = Math.min(kept, clicks);
      this.journaled += keptClicks;
      if (keptClicks > 0) this.journalPending = true;
      if (keptClicks < clicks) {
        this.lost += clicks - keptClicks;
        this.logger.error(`Lost ${clicks - keptClicks} click events: ${reason}.`);
      }
    });
  }

  /** Writes every journal file this process may claim, in batches; a file is deleted once written. */
  private async replayJournal(): Promise<void> {
    await this.spilling;
    await this.journal.seal();
    this.journalPending = false;
    this.journaled = 0;
    for (const file of await this.journal.claim()) {
      let fresh = 0;
      let clicks = 0;
      try {
        const reading = await this.journal.read(file, FLUSH_SIZE, async (entries) => {
          const batch: ClickRecord[] = [];
          const verified = new Map<string, number>();
          for (const entry of entries) {
            if ('click' in entry) batch.push(entry.click);
            else verified.set(entry.verify.shareId, entry.verify.at);
          }
          const written = await this.storage.writeClicks(batch);
          await this.storage.markVerified(verified);
          fresh += written;
          clicks += batch.length;
        });
        await this.journal.remove(file);
        this.written += fresh;
        const unreadable =
          reading.unreadable > 0
            ? `; ${reading.unreadable} unreadable lines (cut short by a crash while being written) were lost`
            : '';
        this.logger.log(
          `Wrote the ${clicks} click events kept in the click journal (${clicks - fresh} of them had been written already)${unreadable}.`,
        );
        if (reading.unreadable > 0) this.lost += reading.unreadable;
      } catch (error) {
        this.written += fresh;
        this.journalPending = true;
        await this.journal.release(file).catch(() => undefined);
        throw error;
      }
    }
  }

  private logStop(waiting: number, failure: unknown): void {
    if (waiting === 0 && this.journaled === 0 && this.lost === 0) {
      this.logger.log('Stopping with every click event written.');
      return;
    }
    const parts: string[] = [];
    if (waiting > 0) {
      parts.push(
        `${waiting} click events could not be written (${String(failure ?? 'database unreachable')})`,
      );
    }
    parts.push(
      `${this.journaled} click events are kept in the click journal (${this.journal.dir}) and will be written at the next start`,
    );
    parts.push(
      this.lost > 0
        ? `${this.lost} click events were lost since start (see the errors above for why)`
        : 'none were lost',
    );
    const message = `Stopping: ${parts.join('; ')}.`;
    if (this.lost > 0 || waiting > 0) this.logger.warn(message);
    else this.logger.log(message);
  }
}
