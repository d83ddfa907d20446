import { Logger } from '@nestjs/common';
import type { ClickJournal, JournalEntry, JournalReading } from './click-journal';
import type { CapturedClick, ClickRecord } from './click-record';
import type { ClickStorage } from './click-storage';
import { ClickWriter, FLUSH_INTERVAL_MS, FLUSH_SIZE } from './click-writer';

/** Stands in for PostgreSQL: keeps events by id (as the unique key does), can be made to fail. */
class FakeStorage {
  down = false;
  delay = 0;
  failVerifyOnce = false;
  readonly events = new Map<string, ClickRecord>();
  readonly batches: number[] = [];
  readonly verified: string[] = [];
  attempts = 0;

  async writeClicks(batch: ClickRecord[]): Promise<number> {
    this.attempts += 1;
    if (this.delay) await new Promise((resolve) => setTimeout(resolve, this.delay));
    if (this.down) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    this.batches.push(batch.length);
    let fresh = 0;
    for (const click of batch) {
      if (!this.events.has(click.id)) fresh += 1;
      this.events.set(click.id, click);
    }
    return fresh;
  }

  async markVerified(verified: Map<string, number>): Promise<void> {
    if (verified.size === 0) return;
    if (this.down) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    if (this.failVerifyOnce) {
      this.failVerifyOnce = false;
      throw new Error('Connection terminated unexpectedly');
    }
    this.verified.push(...verified.keys());
  }
}

/** The journal in memory: files of entries, appended whole, bounded in entries. */
class FakeJournal {
  readonly dir = '/var/lib/chorus/click-journal';
  files = new Map<string, JournalEntry[]>();
  private open?: string;
  private sequence = 0;
  unreadable = 0;

  constructor(private readonly capacity = Infinity) {}

  get entries(): JournalEntry[] {
    return [...this.files.values()].flat();
  }

  async hasEntries(): Promise<boolean> {
    return this.entries.length > 0;
  }

  async append(entries: JournalEntry[]): Promise<number> {
    const room = Math.max(0, this.capacity - this.entries.length);
    const kept = entries.slice(0, room);
    if (kept.length === 0) return 0;
    this.open ??= `file-${(this.sequence += 1)}`;
    this.files.set(this.open, [...(this.files.get(this.open) ?? []), ...kept]);
    return kept.length;
  }

  async seal(): Promise<void> {
    this.open = undefined;
  }

  async claim(): Promise<string[]> {
    return [...this.files.keys()].filter((file) => file !== this.open);
  }

  async read(
    file: string,
    size: number,
    write: (entries: JournalEntry[]) => Promise<void>,
  ): Promise<JournalReading> {
    const entries = this.files.get(file) ?? [];
    for (let i = 0; i < entries.length; i += size) await write(entries.slice(i, i + size));
    return { entries: entries.length, unreadable: this.unreadable };
  }

  async remove(file: string): Promise<void> {
    this.files.delete(file);
  }

  async release(): Promise<void> {}
}

const RETRY_MAX_MS = 2_000;

function makeWriter({
  memoryLimit = 50_000,
  capacity = Infinity,
  journal = new FakeJournal(capacity),
} = {}) {
  const storage = new FakeStorage();
  const writer = new ClickWriter(
    storage as unknown as ClickStorage,
    journal as unknown as ClickJournal,
    {
      clicks: {
        journalDir: journal.dir,
        journalMaxBytes: 1_000_000,
        retryMaxMs: RETRY_MAX_MS,
        memoryLimit,
      },
    },
  );
  return { storage, journal, writer };
}

const click = (i: number): CapturedClick => ({
  shareId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  at: Date.now(),
  day: new Date().toISOString().slice(0, 10),
  kind: 'click',
  crawler: null,
  visitor: `v${i}`,
});

const clicksIn = (journal: FakeJournal) => journal.entries.filter((entry) => 'click' in entry);

describe('ClickWriter', () => {
  let errors: jest.SpyInstance;
  let warnings: jest.SpyInstance;

  beforeEach(() => {
    jest.useFakeTimers();
    errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('writes what it holds 250 ms after the first event, as one batch', async () => {
    const { storage, writer } = makeWriter();
    for (let i = 0; i < 10; i += 1) writer.record(click(i));
    await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS - 1);
    expect(storage.batches).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(storage.batches).toEqual([10]);
  });

  it('writes at once when 1,000 events are waiting, without waiting for the timer', async () => {
    const { storage, writer } = makeWriter();
    for (let i = 0; i < FLUSH_SIZE; i += 1) writer.record(click(i));
    await jest.advanceTimersByTimeAsync(0);
    expect(storage.batches).toEqual([FLUSH_SIZE]);
  });

  it('gives every event an id of its own at capture', async () => {
    const { storage, writer } = makeWriter();
    for (let i = 0; i < 5; i += 1) writer.record(click(1));
    await writer.flush();
    expect(storage.events.size).toBe(5);
  });

  it('keeps events a failed write could not store, and writes them by itself once it can', async () => {
    const { storage, writer } = makeWriter();
    storage.down = true;
    writer.record(click(1));
    await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS);
    expect(storage.batches).toEqual([]);
    storage.down = false;
    writer.record(click(2));
    await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS);
    expect(storage.batches).toEqual([2]);
    expect(writer.writtenCount).toBe(2);
  });

  it('marks shares verified in the same flush, once each', async () => {
    const { storage, writer } = makeWriter();
    writer.record(click(1));
    writer.verify('share-1', 1);
    writer.verify('share-1', 2);
    await writer.onApplicationShutdown();
    expect(storage.batches).toEqual([1]);
    expect(storage.verified).toEqual(['share-1']);
  });

  it('writes events recorded during a flush without waiting for another click', async () => {
    const { storage, writer } = makeWriter();
    storage.delay = 100;
    writer.record(click(1));
    await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS + 10);
    writer.record(click(2));
    await jest.advanceTimersByTimeAsync(100 + FLUSH_INTERVAL_MS + 100);
    expect(storage.batches).toEqual([1, 1]);
  });

  it('never writes events twice when marking shares verified fails after they were written', async () => {
    const { storage, writer } = makeWriter();
    storage.failVerifyOnce = true;
    writer.record(click(1));
    writer.verify('share-1', 1);
    await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS);
    await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS);
    expect(storage.batches).toEqual([1]);
    expect(storage.verified).toEqual(['share-1']);
    expect(writer.writtenCount).toBe(1);
  });

  describe('while the database cannot be reached', () => {
    it('waits longer after each failed attempt, up to the configured longest wait', async () => {
      const { storage, writer } = makeWriter();
      storage.down = true;
      writer.record(click(1));
      const attemptsAt: number[] = [];
      for (let ms = 1; ms <= 12_000; ms += 1) {
        const before = storage.attempts;
        await jest.advanceTimersByTimeAsync(1);
        if (storage.attempts > before) attemptsAt.push(ms);
      }
      // 250 ms to the first attempt, then 250, 500, 1000, 2000, 2000, ... ms between them.
      expect(attemptsAt.slice(0, 7)).toEqual([250, 500, 1000, 2000, 4000, 6000, 8000]);
      expect(attemptsAt).toHaveLength(9);
    });

    it('does not try again for every 1,000 clicks that arrive meanwhile', async () => {
      const { storage, writer } = makeWriter();
      storage.down = true;
      writer.record(click(0));
      await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS);
      expect(storage.attempts).toBe(1);
      for (let i = 1; i <= 10 * FLUSH_SIZE; i += 1) writer.record(click(i));
      await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS - 1);
      expect(storage.attempts).toBe(1);
    });

    it('says so once per interval, with the count waiting, and once when writing works again', async () => {
      const { storage, writer } = makeWriter();
      storage.down = true;
      for (let i = 0; i < 1_500; i += 1) writer.record(click(i));
      await jest.advanceTimersByTimeAsync(10 * RETRY_MAX_MS);
      // Attempts at 0, 250, 750, 1750, 3750, 5750, ...: logged at the first and then at most
      // once per 2 s.
      expect(storage.attempts).toBeGreaterThanOrEqual(10);
      expect(errors.mock.calls.length).toBeLessThanOrEqual(11);
      expect(errors.mock.calls.length).toBeLessThan(storage.attempts);
      expect(errors).toHaveBeenCalledWith(
        expect.stringMatching(
          /^Cannot write click events \(1500 waiting in memory\); retrying, at most every 2 s: .*ECONNREFUSED/,
        ),
      );
      storage.down = false;
      await jest.advanceTimersByTimeAsync(RETRY_MAX_MS);
      expect(storage.events.size).toBe(1_500);
      expect(Logger.prototype.log).toHaveBeenCalledWith(
        expect.stringMatching(/^Writing click events again, after \d+ failed attempts/),
      );
    });

    it('keeps at most the memory bound waiting in memory; the rest goes to the journal', async () => {
      const { storage, journal, writer } = makeWriter({ memoryLimit: 100 });
      storage.down = true;
      for (let i = 0; i < 250; i += 1) writer.record(click(i));
      await jest.advanceTimersByTimeAsync(0);
      expect(clicksIn(journal)).toHaveLength(200);

      storage.down = false;
      await jest.advanceTimersByTimeAsync(RETRY_MAX_MS);
      expect(storage.events.size).toBe(250);
      expect(writer.writtenCount).toBe(250);
      expect(journal.entries).toEqual([]);
    });
  });

  describe('stopping', () => {
    it('keeps every event it could not write in the journal, and says exactly how many', async () => {
      const { storage, journal, writer } = makeWriter();
      storage.down = true;
      for (let i = 0; i < 3_000; i += 1) writer.record(click(i));
      writer.verify('share-1', 1);
      await writer.onApplicationShutdown();
      expect(clicksIn(journal)).toHaveLength(3_000);
      expect(journal.entries).toContainEqual({ verify: { shareId: 'share-1', at: 1 } });
      expect(warnings).toHaveBeenCalledWith(
        'Stopping: 3000 click events could not be written (Error: connect ECONNREFUSED 127.0.0.1:5432); ' +
          '3000 click events are kept in the click journal (/var/lib/chorus/click-journal) and will be written at the next start; none were lost.',
      );
    });

    it('counts what the journal had no room for as lost, and says why', async () => {
      const { storage, journal, writer } = makeWriter({ capacity: 1_000 });
      storage.down = true;
      for (let i = 0; i < 1_200; i += 1) writer.record(click(i));
      await writer.onApplicationShutdown();
      expect(clicksIn(journal)).toHaveLength(1_000);
      expect(errors).toHaveBeenCalledWith(
        'Lost 200 click events: the click journal is full (CHORUS_CLICK_JOURNAL_MB).',
      );
      expect(warnings).toHaveBeenCalledWith(
        expect.stringContaining(
          '1000 click events are kept in the click journal (/var/lib/chorus/click-journal) and will be written at the next start; 200 click events were lost',
        ),
      );
    });

    it('writes everything it holds when the database answers, however many batches that takes', async () => {
      const { storage, journal, writer } = makeWriter();
      storage.down = true;
      for (let i = 0; i < 25_000; i += 1) writer.record(click(i));
      await jest.advanceTimersByTimeAsync(0);
      storage.down = false;
      await writer.onApplicationShutdown();
      expect(storage.events.size).toBe(25_000);
      expect(journal.entries).toEqual([]);
    });

    it('says every event was written when the database answered', async () => {
      const { writer } = makeWriter();
      writer.record(click(1));
      await writer.onApplicationShutdown();
      expect(Logger.prototype.log).toHaveBeenCalledWith('Stopping with every click event written.');
    });
  });

  describe('at the next start', () => {
    it('writes what the journal kept, once: events written before are not counted again', async () => {
      const first = makeWriter();
      first.storage.down = true;
      for (let i = 0; i < 2_500; i += 1) first.writer.record(click(i));
      await first.writer.onApplicationShutdown();

      const { storage, writer } = makeWriter({ journal: first.journal });
      const kept = first.journal.entries.map((entry) =>
        'click' in entry ? entry.click : undefined,
      );
      // The first 500 had been written by an attempt whose answer never arrived.
      await storage.writeClicks(kept.slice(0, 500) as ClickRecord[]);

      await writer.onApplicationBootstrap();
      await jest.advanceTimersByTimeAsync(0);
      await writer.flush();
      expect(storage.events.size).toBe(2_500);
      expect(writer.writtenCount).toBe(2_000);
      expect(first.journal.entries).toEqual([]);
      expect(Logger.prototype.log).toHaveBeenCalledWith(
        'Wrote the 2500 click events kept in the click journal (500 of them had been written already).',
      );
    });

    it('reports lines a crash cut short as lost', async () => {
      const { journal, writer } = makeWriter();
      await journal.append([{ click: { id: 'a', ...click(1) } }]);
      journal.unreadable = 1;
      await writer.onApplicationBootstrap();
      await writer.flush();
      expect(Logger.prototype.log).toHaveBeenCalledWith(
        'Wrote the 1 click events kept in the click journal (0 of them had been written already); ' +
          '1 unreadable lines (cut short by a crash while being written) were lost.',
      );
    });
  });
});
