import { INPUT_LIMITS } from '@chorus/core';
export const MIN_INTERVAL_MINUTES = INPUT_LIMITS.pollIntervalMinutesMin;
export const MAX_INTERVAL_MINUTES = INPUT_LIMITS.pollIntervalMinutesMax;
export const DEFAULT_INTERVAL_MINUTES = 30;

/** The interval a curator typed, when it is a whole number of minutes the API accepts. */
export function intervalMinutes(value: string | number): number | null {
  const minutes = typeof value === 'number' ? value : Number(value.trim() || Number.NaN);
  return Number.isInteger(minutes) &&
    minutes >= MIN_INTERVAL_MINUTES &&
    minutes <= MAX_INTERVAL_MINUTES
    ? minutes
    : null;
}
