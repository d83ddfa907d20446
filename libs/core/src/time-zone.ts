/**
 * Calendar days in the organisation's time zone. Chorus counts "per day" in that zone: periods,
 * day and week buckets, and the day a visitor hash's salt belongs to.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Names are matched case-insensitively, so the cache is bounded by size, not by the zones. */
const MAX_FORMATTERS = 256;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(timeZone, found);
  }
  return found;
}

/** Whether the name is an IANA time zone this runtime knows ("Europe/Amsterdam", "UTC"). */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 64) return false;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(at: number, timeZone: string): string {
  return localDateHour(at, timeZone).date;
}

/** The calendar date (YYYY-MM-DD) and the hour on the clock (0-23) of an instant in a time zone. */
export function localDateHour(at: number, timeZone: string): { date: string; hour: number } {
  const parts = formatter(timeZone).formatToParts(new Date(at));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}

/** Whether the text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The date `days` after (or before, when negative) a YYYY-MM-DD date, in years 0-9999. */
export function addDays(date: string, days: number): string {
  const result = new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString();
  if (!/^\d{4}-/.test(result)) throw new RangeError(`${date} + ${days} days is past the year 9999`);
  return result.slice(0, 10);
}

/** Days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function daysBetween(from: string, to: string): number {
  return Math.max(
    0,
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1,
  );
}

/** The first day of the month a date is in. */
export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The first day of the month `months` after (or before, when negative) the month of `date`. */
export function addMonths(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = String(Math.floor(index / 12)).padStart(4, '0');
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The Monday of the ISO week a date is in. */
export function weekStart(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/**
 * The first instant (ms since the epoch) of a calendar date in a time zone: usually local
 * midnight, later when a clock change skips midnight.
 */
export function startOfLocalDay(date: string, timeZone: string): number {
  // Local dates only move forward as time does, so the first instant whose local date is `date`
  // is found by bisection over the widest span of offsets (UTC-14 to UTC+14), to the millisecond.
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  let low = midnightUtc - 15 * 3_600_000;
  let high = midnightUtc + 15 * 3_600_000;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (localDate(middle, timeZone) >= date) high = middle;
    else low = middle;
  }
  return high;
}

/** The instants [from, until) of a calendar date in a time zone. */
export function localDayBounds(date: string, timeZone: string): { from: number; until: number } {
  return {
    from: startOfLocalDay(date, timeZone),
    until: startOfLocalDay(addDays(date, 1), timeZone),
  };
}
