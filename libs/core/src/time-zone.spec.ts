import {
  addDays,
  addMonths,
  monthStart,
  daysBetween,
  isIsoDate,
  isTimeZone,
  localDate,
  localDateHour,
  localDayBounds,
  startOfLocalDay,
  weekStart,
} from './time-zone';

const at = (iso: string) => Date.parse(iso);

describe('time zones', () => {
  it.each([
    ['UTC', true],
    ['Europe/Amsterdam', true],
    ['Asia/Kolkata', true],
    ['America/St_Johns', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['Europe/Amsterdam; DROP TABLE', false],
  ])('knows whether %p is a time zone (%p)', (name, known) => {
    expect(isTimeZone(name)).toBe(known);
  });

  it('gives the calendar date of an instant in the zone', () => {
    const instant = at('2026-11-22T23:30:00Z');
    expect(localDate(instant, 'UTC')).toBe('2026-11-22');
    expect(localDate(instant, 'Europe/Amsterdam')).toBe('2026-11-23');
    expect(localDate(instant, 'America/New_York')).toBe('2026-11-22');
    expect(localDate(at('2026-11-22T18:29:59Z'), 'Asia/Kolkata')).toBe('2026-11-22');
    expect(localDate(at('2026-11-22T18:30:00Z'), 'Asia/Kolkata')).toBe('2026-11-23');
  });

  it('gives the date and the hour on the clock, midnight as hour 0, across a clock change', () => {
    expect(localDateHour(at('2026-11-22T23:30:00Z'), 'Europe/Amsterdam')).toEqual({
      date: '2026-11-23',
      hour: 0,
    });
    // Amsterdam springs forward at 02:00 on 2026-03-29: 01:59 is followed by 03:00.
    expect(localDateHour(at('2026-03-29T00:59:00Z'), 'Europe/Amsterdam')).toEqual({
      date: '2026-03-29',
      hour: 1,
    });
    expect(localDateHour(at('2026-03-29T01:00:00Z'), 'Europe/Amsterdam')).toEqual({
      date: '2026-03-29',
      hour: 3,
    });
  });

  it.each([
    ['2026-11-22', 'UTC', '2026-11-22T00:00:00.000Z'],
    ['2026-11-22', 'Europe/Amsterdam', '2026-11-21T23:00:00.000Z'],
    ['2026-07-01', 'Europe/Amsterdam', '2026-06-30T22:00:00.000Z'],
    ['2026-11-23', 'Asia/Kolkata', '2026-11-22T18:30:00.000Z'],
    ['2026-11-22', 'Asia/Kathmandu', '2026-11-21T18:15:00.000Z'],
    ['2026-11-22', 'Pacific/Kiritimati', '2026-11-21T10:00:00.000Z'],
    ['2026-11-22', 'Pacific/Pago_Pago', '2026-11-22T11:00:00.000Z'],
    // Chile moves its clocks at midnight: 2026-09-06 begins at 01:00 local time.
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z'],
  ])('finds where %s begins in %s', (date, zone, expected) => {
    expect(new Date(startOfLocalDay(date, zone)).toISOString()).toBe(expected);
  });

  it('makes days of 23 and 25 hours when the clocks change', () => {
    const hours = (date: string) => {
      const { from, until } = localDayBounds(date, 'Europe/Amsterdam');
      return (until - from) / 3_600_000;
    };
    expect(hours('2026-03-29')).toBe(23);
    expect(hours('2026-10-25')).toBe(25);
    expect(hours('2026-11-22')).toBe(24);
  });

  it('does calendar arithmetic on dates', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(daysBetween('2026-11-01', '2026-11-30')).toBe(30);
    expect(daysBetween('2026-11-30', '2026-11-01')).toBe(0);
    expect(weekStart('2026-11-22')).toBe('2026-11-16'); // a Sunday
    expect(weekStart('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(monthStart('2026-11-22')).toBe('2026-11-01');
    expect(addMonths('2026-11-22', 1)).toBe('2026-12-01');
    expect(addMonths('2026-11-22', 2)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', -13)).toBe('2024-12-01');
  });

  it.each([
    ['2026-11-22', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['22-11-2026', false],
    ['2026-11-22T00:00', false],
  ])('knows whether %p is a calendar date (%p)', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });
});
