import type { PostResponse } from '../fetching/safe-fetch';

/** Attempts at one message before it is given up (the first and three retries). */
export const MAX_ATTEMPTS = 4;

/** The wait before the n-th retry without a Retry-After: 30 s, 2 min, 8 min. */
const BASE_DELAY_MS = 30_000;
const BACKOFF_FACTOR = 4;

/** A Retry-After is honoured between these bounds: not hammered, not forgotten for a day. */
export const RETRY_AFTER_MIN_MS = 1_000;
export const RETRY_AFTER_MAX_MS = 3_600_000;

export type DeliveryVerdict =
  | { kind: 'delivered' }
  /** Worth trying again (rate limited, the provider's trouble, the network), after `delayMs`. */
  | { kind: 'retry'; delayMs: number; error: string }
  /** The provider refused the message or the address for good; trying again will not help. */
  | { kind: 'failed'; error: string };

/**
 * What an answer from Slack or Teams means for the message: 2xx arrived; 429 and 5xx are tried
 * again (after Retry-After when sent, within bounds; otherwise with backoff) until MAX_ATTEMPTS;
 * anything else (400 invalid_payload, 403, 404 no_service, 410 channel_is_archived, a redirect)
 * failed.
 */
export function judgeAnswer(answer: PostResponse, attempt: number, now: Date): DeliveryVerdict {
  if (answer.status >= 200 && answer.status < 300) return { kind: 'delivered' };
  const error = describeAnswer(answer);
  if (answer.status === 429 || answer.status >= 500) {
    return retryOrFail(error, attempt, retryAfterMs(answer.retryAfter, now));
  }
  return { kind: 'failed', error };
}

/** A failure to get any answer (timeout, network, DNS) is tried again with backoff. */
export function judgeNoAnswer(error: string, attempt: number): DeliveryVerdict {
  return retryOrFail(error, attempt, null);
}

function retryOrFail(error: string, attempt: number, retryAfter: number | null): DeliveryVerdict {
  if (attempt >= MAX_ATTEMPTS) return { kind: 'failed', error };
  const backoff = BASE_DELAY_MS * BACKOFF_FACTOR ** (attempt - 1);
  return { kind: 'retry', delayMs: retryAfter ?? backoff, error };
}

/**
 * A Retry-After header (delay-seconds or an HTTP date, RFC 9110 §10.2.3) in milliseconds,
 * clamped to the bounds; null when absent or unreadable.
 */
export function retryAfterMs(header: string | null, now: Date): number | null {
  if (header === null || header.trim() === '') return null;
  const value = header.trim();
  let ms: number;
  if (/^\d+$/.test(value)) {
    ms = Number(value) * 1000;
  } else {
    // An HTTP date names its weekday and month; anything else (`-5`, `soon`) is unreadable.
    const at = /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(at)) return null;
    ms = at - now.getTime();
  }
  return Math.min(RETRY_AFTER_MAX_MS, Math.max(RETRY_AFTER_MIN_MS, ms));
}

/** The status and the start of the answer: Slack says why in a word (`no_service`). */
function describeAnswer({ status, body }: PostResponse): string {
  const said = body.replace(/\s+/g, ' ').trim().slice(0, 200);
  return said ? `HTTP ${status}: ${said}` : `HTTP ${status}`;
}
