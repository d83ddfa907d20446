import type { DataSource } from 'typeorm';
import { utcDay, VisitorHasher } from './visitor-hasher';

/** Stands in for the visitor_salts table. */
function fakeSalts() {
  const salts = new Map<string, Buffer>();
  const dataSource = {
    query: async (sql: string, params: [string, Buffer?]) => {
      if (sql.startsWith('INSERT')) {
        if (!salts.has(params[0])) salts.set(params[0], params[1] as Buffer);
        return [];
      }
      if (sql.startsWith('SELECT salt')) return [{ salt: salts.get(params[0]) }];
      const past = [...salts.keys()].filter((day) => day < params[0]);
      past.forEach((day) => salts.delete(day));
      return [{ removed: past.length }];
    },
  } as unknown as DataSource;
  return { dataSource, salts };
}

const EVENING = Date.parse('2026-11-22T23:59:59Z');
const MORNING = Date.parse('2026-11-23T00:00:01Z');

describe('VisitorHasher', () => {
  it('gives a returning visitor the same hash all day, and a new one after midnight UTC', async () => {
    const { dataSource } = fakeSalts();
    const hasher = new VisitorHasher(dataSource);
    expect(hasher.hash('203.0.113.9', 'Firefox', 'share-1', EVENING)).toBeUndefined();

    await hasher.ready(EVENING);
    const evening = hasher.hash('203.0.113.9', 'Firefox', 'share-1', EVENING);
    expect(evening).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(hasher.hash('203.0.113.9', 'Firefox', 'share-1', EVENING - 3_600_000)).toBe(evening);
    expect(hasher.hash('203.0.113.9', 'Firefox', 'share-2', EVENING)).not.toBe(evening);
    expect(hasher.hash('203.0.113.10', 'Firefox', 'share-1', EVENING)).not.toBe(evening);

    expect(hasher.isReady(MORNING)).toBe(false);
    await hasher.ready(MORNING);
    const morning = hasher.hash('203.0.113.9', 'Firefox', 'share-1', MORNING);
    expect(morning).toBeDefined();
    expect(morning).not.toBe(evening);
  });

  it('shares one salt per day between replicas, and forgets past days', async () => {
    const { dataSource, salts } = fakeSalts();
    const one = new VisitorHasher(dataSource);
    const two = new VisitorHasher(dataSource);
    await Promise.all([one.ready(EVENING), two.ready(EVENING)]);
    expect(one.hash('ip', 'ua', 's', EVENING)).toBe(two.hash('ip', 'ua', 's', EVENING));

    await one.ready(MORNING);
    expect(await one.forgetPastSalts(MORNING)).toBe(1);
    expect([...salts.keys()]).toEqual([utcDay(MORNING)]);
  });
});
