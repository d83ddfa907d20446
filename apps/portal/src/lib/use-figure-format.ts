import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';

/** Shown where a ratio has nothing to divide by: never 0 %, which would be a claim. */
export const NO_FIGURE = '–';

/** A calendar day (YYYY-MM-DD) as a Date, read in UTC so that no time zone moves it. */
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** Formats figures in the reader's language: counts, percentages, ratios, money and days. */
export function useFigureFormat() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return useMemo(() => {
    const count = new Intl.NumberFormat(language);
    const percent = new Intl.NumberFormat(language, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const ratio = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    const day = new Intl.DateTimeFormat(language, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    // A moment's day where the reader is, as everywhere the portal shows a moment's date.
    const dayOfMoment = new Intl.DateTimeFormat(language, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    const shortDay = new Intl.DateTimeFormat(language, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    const shortMonth = new Intl.DateTimeFormat(language, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return {
      count: (value: number) => count.format(value),
      /** A share from 0 to 1, with one decimal: "42.5%"; "–" for none. */
      percent: (value: number | null) => (value === null ? NO_FIGURE : percent.format(value)),
      /** A ratio such as clicks per share: "2.35"; "–" for none. */
      ratio: (value: number | null) => (value === null ? NO_FIGURE : ratio.format(value)),
      money: (amount: number, currency: string) =>
        new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount),
      /** "Nov 22, 2026" */
      day: (value: string) => day.format(asDate(value)),
      /** The day of a moment (an ISO instant) in the reader's time zone: "Nov 22, 2026". */
      dayOf: (instant: string) => dayOfMoment.format(new Date(instant)),
      /** "Nov 22", for chart axes. */
      shortDay: (value: string) => shortDay.format(asDate(value)),
      /** "Nov 2026", for chart axes by month. */
      shortMonth: (value: string) => shortMonth.format(asDate(value)),
      /** "Oct 26 – Nov 22, 2026": one date when both are the same day. */
      days: (from: string, to: string) => day.formatRange(asDate(from), asDate(to)),
    };
  }, [language]);
}

export type FigureFormat = ReturnType<typeof useFigureFormat>;
