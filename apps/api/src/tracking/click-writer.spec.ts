import type { DataSource } from 'typeorm';
import type { ClickStorage } from './click-storage';
import { ClickWriter, FLUSH_INTERVAL_MS, FLUSH_SIZE, type ClickRecord } from './click-writer';

/** Partitions always exist here. */
const storage = { ensurePartitions: async () => undefined } as unknown as ClickStorage;

/** Stands in for PostgreSQL: records each statement and how many rows it carried. */
function fakeDatabase(fail: (sql: string) => boolean = () => false, delay = 0) {
  const statements: { sql: string; rows: number }[] = [];
  const dataSource = {
    query: async (sql: string, params: unknown[][]) => {
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      if (fail(sql)) throw new Error('connection lost');
      statements.push({ sql, rows: params[0].length });
      return [];
    },
  } as unknown as DataSource;
  return { dataSource, statements };
}

const click = (i: number): ClickRecord => ({
  shareId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  at: Date.now(),
  day: new Date().toISOString().slice(0, 10),
  kind: 'click',
  crawler: null,
  visitor: `v${i}`,
});

describe('ClickWriter', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('writes what it holds 250 ms after the first event, as one statement', async () => {
    const { dataSource, statements } = fakeDatabase();
    const writer = new ClickWriter(dataSource, storage);
    for (let i = 0; i < 10; i += 1) writer.record(click(i));
    await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS - 1);
    expect(statements).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(statements).toEqual([
      { sql: expect.stringContaining('INSERT INTO click_events'), rows: 10 },
    ]);
  });

  it('writes at once when 1,000 events are waiting, without waiting for the timer', async () => {
    const { dataSource, statements } = fakeDatabase();
    const writer = new ClickWriter(dataSource, storage);
    for (let i = 0; i < FLUSH_SIZE; i += 1) writer.record(click(i));
    await jest.advanceTimersByTimeAsync(0);
    expect(statements.map((statement) => statement.rows)).toEqual([FLUSH_SIZE]);
  });

  it('keeps events a failed write could not store, and writes them with the next flush', async () => {
    let down = true;
    const { dataSource, statements } = fakeDatabase(() => down);
    const writer = new ClickWriter(dataSource, storage);
    writer.record(click(1));
    await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS);
    expect(statements).toHaveLength(0);
    down = false;
    writer.record(click(2));
    await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS);
    expect(statements.map((statement) => statement.rows)).toEqual([2]);
    expect(writer.writtenCount).toBe(2);
  });

  it('marks shares verified in the same flush, once each', async () => {
    const { dataSource, statements } = fakeDatabase();
    const writer = new ClickWriter(dataSource, storage);
    writer.record(click(1));
    writer.verify('share-1', 1);
    writer.verify('share-1', 2);
    await writer.onApplicationShutdown();
    expect(statements.map((statement) => statement.sql.trim().split(/\s+/)[0])).toEqual([
      'WITH',
      'UPDATE',
    ]);
    expect(statements[1].rows).toBe(1);
  });

  it('writes events recorded during a flush without waiting for another click', async () => {
    const { dataSource, statements } = fakeDatabase(() => false, 100);
    const writer = new ClickWriter(dataSource, storage);
    writer.record(click(1));
    await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS + 10);
    writer.record(click(2));
    await jest.advanceTimersByTimeAsync(100 + FLUSH_INTERVAL_MS + 100);
    expect(statements.map((statement) => statement.rows)).toEqual([1, 1]);
  });

  it('retries a failed write by itself, without another click to trigger it', async () => {
    let down = true;
    const { dataSource, statements } = fakeDatabase(() => down);
    const writer = new ClickWriter(dataSource, storage);
    writer.record(click(1));
    await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS);
    down = false;
    await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS);
    expect(statements.map((statement) => statement.rows)).toEqual([1]);
  });

  it('never writes events twice when marking shares verified fails after they were written', async () => {
    let updates = 0;
    const { dataSource, statements } = fakeDatabase(
      (sql) => sql.trim().startsWith('UPDATE') && (updates += 1) === 1,
    );
    const writer = new ClickWriter(dataSource, storage);
    writer.record(click(1));
    writer.verify('share-1', 1);
    await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS);
    await jest.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS);
    expect(statements.map((statement) => statement.sql.trim().split(/\s+/)[0])).toEqual([
      'WITH',
      'UPDATE',
    ]);
    expect(writer.writtenCount).toBe(1);
  });
});
