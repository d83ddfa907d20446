import { addDays, addMonths, monthStart } from './time-zone';

/**
 * The periods recognition is shown for. Leaderboards offer this month and this quarter; My
 * activity also offers the last 28 days, this year and all time. Every period is a span of the
 * organisation's calendar days, ending today.
 */
export const RECOGNITION_PERIODS = ['month', 'quarter', 'last-28-days', 'year', 'all'] as const;
export type RecognitionPeriod = (typeof RECOGNITION_PERIODS)[number];

/** The periods a leaderboard is shown for. */
export const LEADERBOARD_PERIODS = ['month', 'quarter'] as const satisfies RecognitionPeriod[];
export type LeaderboardPeriod = (typeof LEADERBOARD_PERIODS)[number];

/** The periods of My activity's filter, in the order offered. */
export const ACTIVITY_PERIODS = [
  'month',
  'last-28-days',
  'year',
  'all',
] as const satisfies RecognitionPeriod[];
export type ActivityPeriod = (typeof ACTIVITY_PERIODS)[number];

export function isRecognitionPeriod(value: unknown): value is RecognitionPeriod {
  return typeof value === 'string' && (RECOGNITION_PERIODS as readonly string[]).includes(value);
}

/**
 * The calendar days a period covers, both included: `from` is null for all time. `today` is
 * the organisation's calendar day (`localDate(now, timeZone)`).
 */
export function recognitionPeriodDays(
  period: RecognitionPeriod,
  today: string,
): { from: string | null; to: string } {
  switch (period) {
    case 'month':
      return { from: monthStart(today), to: today };
    case 'quarter': {
      const month = Number(today.slice(5, 7));
      const first = month - ((month - 1) % 3);
      return { from: `${today.slice(0, 5)}${String(first).padStart(2, '0')}-01`, to: today };
    }
    case 'last-28-days':
      return { from: addDays(today, -27), to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'all':
      return { from: null, to: today };
  }
}

/** The first days of the months a span of days touches, oldest first (at most `limit`). */
export function monthsOfDays(from: string, to: string, limit = 1200): string[] {
  const months: string[] = [];
  if (from > to) return months;
  for (let month = monthStart(from); month <= to && months.length < limit;) {
    months.push(month);
    month = addMonths(month, 1);
  }
  return months;
}
