import { ACTIVITY_PERIODS, type ActivityPeriod } from '@chorus/core';

/** The period shown when the address names none (or one the page does not offer). */
export const DEFAULT_ACTIVITY_PERIOD: ActivityPeriod = 'month';

const isActivityPeriod = (value: unknown): value is ActivityPeriod =>
  (ACTIVITY_PERIODS as readonly unknown[]).includes(value);

/** The period in the page's address (`?period=`), so that it can be bookmarked and shared. */
export function readActivityPeriod(params: URLSearchParams): ActivityPeriod {
  const period = params.get('period');
  return isActivityPeriod(period) ? period : DEFAULT_ACTIVITY_PERIOD;
}

/** The address's parameters with the period set; the default period leaves it out. */
export function writeActivityPeriod(
  params: URLSearchParams,
  period: ActivityPeriod,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (period === DEFAULT_ACTIVITY_PERIOD) next.delete('period');
  else next.set('period', period);
  return next;
}
