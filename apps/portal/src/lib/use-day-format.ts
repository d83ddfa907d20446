import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';

/** A calendar day (YYYY-MM-DD) as a Date, read in UTC so that no time zone moves it. */
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** Counts and calendar days in the reader's language. */
export function useDayFormat() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return useMemo(() => {
    const count = new Intl.NumberFormat(language);
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      count: (value: number) => count.format(value),
      /** "Dec 1 – 20, 2026" */
      days: (from: string, to: string) => day.formatRange(asDate(from), asDate(to)),
    };
  }, [language]);
}
