import { localDate } from '@chorus/core';
import { DAY, HOUR, monthsBetween, organisationCalendar, workingHours } from './calendar';
import { randomFromSeed } from './draw';

describe('the generator calendar', () => {
  it('gives the day of the time zone around midnight and the clock change', () => {
    const dayOf = organisationCalendar('Europe/Amsterdam');
    // 2026-10-25 03:00 CEST becomes 02:00 CET; midnight is 22:00 UTC before and 23:00 UTC after.
    const instants = [
      Date.parse('2026-10-24T21:59:59.999Z'),
      Date.parse('2026-10-24T22:00:00Z'),
      Date.parse('2026-10-25T22:59:59.999Z'),
      Date.parse('2026-10-25T23:00:00Z'),
    ];
    expect(instants.map((at) => dayOf(at).date)).toEqual([
      '2026-10-24',
      '2026-10-25',
      '2026-10-25',
      '2026-10-26',
    ]);
    for (const at of instants) {
      expect(dayOf(at).date).toBe(localDate(at, 'Europe/Amsterdam'));
      expect(dayOf(at).index).toBe(Date.parse(dayOf(at).date) / DAY);
    }
  });

  it('lists the first days of the months covered', () => {
    expect(monthsBetween('2025-11-17', '2026-02-01')).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
    expect(monthsBetween('2026-03-31', '2026-03-31')).toEqual(['2026-03-01']);
  });

  it('moves instants to working hours, within the bounds given', () => {
    const random = randomFromSeed(3);
    const from = Date.parse('2026-11-02T00:00:00Z');
    const until = from + 30 * DAY;
    for (let i = 0; i < 1000; i += 1) {
      const at = workingHours(random, from + random() * (until - from), from, until);
      expect(at).toBeGreaterThanOrEqual(from);
      expect(at).toBeLessThanOrEqual(until);
      const hour = (at % DAY) / HOUR;
      expect(hour >= 6 && hour <= 18).toBe(true);
    }
  });
});
