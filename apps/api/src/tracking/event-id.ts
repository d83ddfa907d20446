import { randomUUID } from 'node:crypto';

/**
 * A click event's id, given when the click is captured: a UUID version 7 (RFC 9562), whose first
 * 48 bits are the time in milliseconds, so that ids of one month's partition arrive in about
 * index order. Writing an event twice (a retried batch, a journal replayed after a crash)
 * finds its id already there and counts nothing.
 */
export function newEventId(at: number): string {
  const random = randomUUID();
  const time = Math.max(0, Math.floor(at)).toString(16).padStart(12, '0').slice(-12);
  // random: xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx; keep its variant and 74 random bits.
  return `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(15, 18)}-${random.slice(19)}`;
}
