import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';

/** Formats points, ranks and counts in the reader's language (up to one decimal). */
export function useCountFormat(): (value: number) => string {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return useMemo(() => {
    const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    return (value: number) => format.format(value);
  }, [language]);
}
