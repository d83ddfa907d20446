import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../components/FormattedDate';
import { currentLanguage } from '../../i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Up to a week old, a notification says how long ago ("3 hours ago"); older, its date. */
const RELATIVE_FOR = 7 * DAY;

/** How long ago `at` was, in the largest whole unit: minutes, hours or days. */
function ago(at: number, now: number): [number, Intl.RelativeTimeFormatUnit] {
  const elapsed = Math.max(0, now - at);
  if (elapsed < HOUR) return [-Math.floor(elapsed / MINUTE), 'minute'];
  if (elapsed < DAY) return [-Math.floor(elapsed / HOUR), 'hour'];
  return [-Math.floor(elapsed / DAY), 'day'];
}

/** When a notification came: how long ago while recent (the moment on hover), else the date. */
export function NotificationTime({ value }: { value: string }) {
  const { i18n } = useTranslation();
  // "3 hours ago" as of when it was shown: the list is refetched often enough to stay true.
  const [now] = useState(() => Date.now());
  const at = Date.parse(value);
  if (Number.isNaN(at) || now - at >= RELATIVE_FOR) return <FormattedDate value={value} withTime />;
  const language = currentLanguage(i18n);
  const [amount, unit] = ago(at, now);
  const moment = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <time dateTime={value} title={moment.format(at)}>
      {new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(amount, unit)}
    </time>
  );
}
