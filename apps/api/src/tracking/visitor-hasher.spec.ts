import type { DataSource } from 'typeorm';
import type { SettingsService } from '../settings/settings.service';
import { VisitorHasher } from './visitor-hasher';
import { VisitorSaltsRepository } from './visitor-salts.repository';

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
  return { repository: new VisitorSaltsRepository(dataSource), salts };
}

/** The organisation's settings, with a time zone the test can move. */
function zone(initial: string) {
  const current = { timeZone: initial };
  const settings = { get: async () => ({ ...current }) } as unknown as SettingsService;
  return { settings, current };
}

const EVENING = Date.parse('2026-11-22T22:59:59Z'); // 23:59:59 in Amsterdam
const MORNING = Date.parse('2026-11-22T23:00:01Z'); // 00:00:01 on the 23rd in Amsterdam

describe('VisitorHasher', () => {
  it("gives a returning visitor the same hash all day, and a new one after the organisation's midnight", async () => {
    const { repository } = fakeSalts();
    const hasher = new VisitorHasher(repository, zone('Europe/Amsterdam').settings);
    expect(hasher.hash('203.0.113.9', 'Firefox', 'share-1', EVENING)).toBeUndefined();
    expect(hasher.dayOf(EVENING)).toBeUndefined();

    await hasher.ready(EVENING);
    expect(hasher.dayOf(EVENING)).toBe('2026-11-22');
    const evening = hasher.hash('203.0.113.9', 'Firefox', 'share-1', EVENING);
    expect(evening).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(hasher.hash('203.0.113.9', 'Firefox', 'share-1', EVENING - 3_600_000)).toBe(evening);
    expect(hasher.hash('203.0.113.9', 'Firefox', 'share-2', EVENING)).not.toBe(evening);
    expect(hasher.hash('203.0.113.10', 'Firefox', 'share-1', EVENING)).not.toBe(evening);

    expect(hasher.isReady(MORNING)).toBe(false);
    await hasher.ready(MORNING);
    expect(hasher.dayOf(MORNING)).toBe('2026-11-23');
    const morning = hasher.hash('203.0.113.9', 'Firefox', 'share-1', MORNING);
    expect(morning).toBeDefined();
    expect(morning).not.toBe(evening);
    // A request that arrived just before midnight is still counted on its own day.
    expect(hasher.hash('203.0.113.9', 'Firefox', 'share-1', EVENING)).toBe(evening);
  });

  it('shares one salt per day between replicas, and forgets past days', async () => {
    const { repository, salts } = fakeSalts();
    const { settings } = zone('Europe/Amsterdam');
    const one = new VisitorHasher(repository, settings);
    const two = new VisitorHasher(repository, settings);
    await Promise.all([one.ready(EVENING), two.ready(EVENING)]);
    expect(one.hash('ip', 'ua', 's', EVENING)).toBe(two.hash('ip', 'ua', 's', EVENING));

    await one.ready(MORNING);
    expect(await one.forgetPastSalts(MORNING)).toBe(1);
    expect([...salts.keys()]).toEqual(['2026-11-23']);
  });

  it('starts the next day in a new time zone without overlapping the day under way', async () => {
    const { repository } = fakeSalts();
    const { settings, current } = zone('UTC');
    const hasher = new VisitorHasher(repository, settings);
    await hasher.ready(Date.parse('2026-11-22T12:00:00Z'));
    // Moved westwards during the day: New York's 22 November ends at 05:00 UTC on the 23rd.
    current.timeZone = 'America/New_York';
    const nextDay = Date.parse('2026-11-23T00:00:00Z');
    expect(hasher.isReady(nextDay)).toBe(false);
    await hasher.ready(nextDay);
    // Still 22 November in New York: that day's salt, from where the UTC day ended.
    expect(hasher.dayOf(nextDay)).toBe('2026-11-22');
    expect(hasher.dayOf(Date.parse('2026-11-22T23:59:59Z'))).toBe('2026-11-22');
  });
});
