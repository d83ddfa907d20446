import { addDays, daysBetween, localDate } from '@chorus/core';

/** A run of the organisation's calendar days, both ends included (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

/** The period the API covers when none is asked for: the 28 days ending today. */
export const DEFAULT_PERIOD_DAYS = 28;

/** Periods longer than this are drawn by week rather than by day, unless asked otherwise. */
export const LONGEST_DAILY_PERIOD = 92;

export const PERIOD_PRESETS = ['last7', 'last28', 'last90', 'thisMonth', 'last12Months'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** Today's date in a time zone, by this browser's clock. */
export function todayIn(timeZone: string): string {
  return localDate(Date.now(), timeZone);
}

/**
 * The day the presets end on: the organisation's today, as the API's last answer says. Before
 * the first answer (or when it failed), today in UTC by this browser's clock.
 */
export function analyticsToday(scope: { today: string } | undefined): string {
  return scope?.today ?? todayIn('UTC');
}

/** The same day `months` months later (earlier when negative), or that month's last day. */
export function addMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  first.setUTCDate(Math.min(day, lastDay.getUTCDate()));
  return first.toISOString().slice(0, 10);
}

/** The days a preset covers, ending today. */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  switch (preset) {
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last28':
      return { from: addDays(today, -(DEFAULT_PERIOD_DAYS - 1)), to: today };
    case 'last90':
      return { from: addDays(today, -89), to: today };
    case 'thisMonth':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'last12Months':
      return { from: addDays(addMonths(today, -12), 1), to: today };
  }
}

/**
 * The period a request covers, worked out as the API does: without an end, up to today (or
 * the one day asked for, when it is in the future); without a start, 28 days.
 */
export function resolvePeriod(period: Partial<Period>, today: string): Period {
  const to = period.to ?? (period.from && period.from > today ? period.from : today);
  const from = period.from ?? addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
  return { from, to };
}

/** The preset a period is, if it is one. */
export function presetOf(period: Period, today: string): PeriodPreset | null {
  return (
    PERIOD_PRESETS.find((preset) => {
      const candidate = presetPeriod(preset, today);
      return candidate.from === period.from && candidate.to === period.to;
    }) ?? null
  );
}

/** Days in a period, both ends included. */
export const periodDays = ({ from, to }: Period) => daysBetween(from, to);
