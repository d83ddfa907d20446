import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';

/** A moment in the current language: the date, or the date and time. */
export function FormattedDate({ value, withTime = false }: { value: string; withTime?: boolean }) {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(currentLanguage(i18n), {
    dateStyle: 'medium',
    timeStyle: withTime ? 'short' : undefined,
  });
  return <time dateTime={value}>{format.format(new Date(value))}</time>;
}
