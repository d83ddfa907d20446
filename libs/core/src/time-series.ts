import { addDays, addMonths, daysBetween, monthStart, weekStart } from './time-zone';

/**
 * The buckets a time series is cut into: calendar days, ISO weeks (starting Monday) or calendar
 * months. Each bucket is named by its first day (YYYY-MM-DD); the first bucket of a period may
 * start before the period does, and then holds only the period's days.
 */
export const SERIES_INTERVALS = ['day', 'week', 'month'] as const;
export type SeriesInterval = (typeof SERIES_INTERVALS)[number];

/** The longest period shown by day, and by week; longer periods are shown by month. */
export const SERIES_DAYS_BY_DAY = 31;
export const SERIES_DAYS_BY_WEEK = 366;

/** The interval that shows a period readably: by day up to a month, by week up to a year. */
export function seriesInterval(from: string, to: string): SeriesInterval {
  const days = daysBetween(from, to);
  if (days <= SERIES_DAYS_BY_DAY) return 'day';
  return days <= SERIES_DAYS_BY_WEEK ? 'week' : 'month';
}

/** The first day of the bucket a day falls in. */
export function bucketStart(day: string, interval: SeriesInterval): string {
  switch (interval) {
    case 'day':
      return day;
    case 'week':
      return weekStart(day);
    case 'month':
      return monthStart(day);
  }
}

/**
 * The first days of every bucket the days `from`..`to` touch, oldest first, none missing (at most
 * `limit`, so that no input makes the list unbounded).
 */
export function bucketStarts(
  from: string,
  to: string,
  interval: SeriesInterval,
  limit = 5000,
): string[] {
  const starts: string[] = [];
  for (
    let start = bucketStart(from, interval);
    start <= to && starts.length < limit;
    start = nextBucket(start, interval)
  ) {
    starts.push(start);
  }
  return starts;
}

function nextBucket(start: string, interval: SeriesInterval): string {
  switch (interval) {
    case 'day':
      return addDays(start, 1);
    case 'week':
      return addDays(start, 7);
    case 'month':
      return addMonths(start, 1);
  }
}
