import { UNREAD_COUNT_CAP } from './api/notification-queries';

/** The most the badge writes out; from the API's cap on, it says "99+". */
const MOST_SHOWN = UNREAD_COUNT_CAP - 1;

/** The badge's text: the count, or "99+" above 99. */
export function unreadBadge(count: number, formatNumber: (value: number) => string): string {
  return count > MOST_SHOWN ? `${formatNumber(MOST_SHOWN)}+` : formatNumber(count);
}

/** Whether the count is the API's cap, so only "more than 99" is known. */
export const isMoreThanShown = (count: number) => count > MOST_SHOWN;
