import { addMonths, localDate, monthStart } from '@chorus/core';
import type { Random } from './draw';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** Every time zone's offset is a multiple of 15 minutes: such a bucket lies within one day. */
const QUARTER_HOUR = 15 * MINUTE;

/** A calendar day of the organisation: 'YYYY-MM-DD' and its number of days since 1970-01-01. */
export interface Day {
  date: string;
  index: number;
}

/**
 * The organisation's calendar day of an instant (libs/core's `localDate`), worked out once per
 * quarter of an hour: millions of click events ask it.
 */
export function organisationCalendar(timeZone: string): (at: number) => Day {
  const buckets = new Map<number, Day>();
  return (at) => {
    const bucket = Math.floor(at / QUARTER_HOUR);
    let day = buckets.get(bucket);
    if (!day) {
      const date = localDate(bucket * QUARTER_HOUR, timeZone);
      day = { date, index: Date.parse(date) / DAY };
      buckets.set(bucket, day);
    }
    return day;
  };
}

/** The first days of the months from the month of `first` to that of `last` (YYYY-MM-DD). */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = monthStart(first); month <= last; month = addMonths(month, 1)) {
    months.push(month);
  }
  return months;
}

/** The instant `months` calendar months (UTC) before `at`. */
export function monthsBefore(at: number, months: number): number {
  const date = new Date(at);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.getTime();
}

/**
 * Moves an instant to working hours (06-18 UTC), and most weekend instants to a day of the week
 * before, kept within [from, until].
 */
export function workingHours(random: Random, at: number, from: number, until: number): number {
  let day = Math.floor(at / DAY) * DAY;
  const weekday = new Date(day).getUTCDay();
  if ((weekday === 0 || weekday === 6) && random() < 0.8) {
    day -= ((weekday === 6 ? 1 : 2) + Math.floor(random() * 5)) * DAY;
  }
  return Math.min(until, Math.max(from, day + (6 + 6 * (random() + random())) * HOUR));
}

export const iso = (at: number): string => new Date(at).toISOString();
