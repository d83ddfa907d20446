/**
 * What the portal and its service worker agree on. The worker keeps two kinds of copies: the app
 * shell (the built files, the same for everyone) and, in a cache of its own, the last answers of
 * a few API routes for the signed-in person, so that their feed can be read offline. That
 * personal cache belongs to one person: it is emptied at sign-out and at anyone's sign-in.
 */

/** The cache of the signed-in person's last answers (their feed, who they are). */
export const PERSONAL_CACHE = 'chorus-personal';

/** The app shell's caches, one per build: `chorus-shell-<build>`. */
export const SHELL_CACHE_PREFIX = 'chorus-shell-';

/**
 * The personal cache's entry naming whose answers it holds (a user id as text). Answers are only
 * kept while it is there: the portal writes it at sign-in, and sign-out removes the whole cache,
 * so that an answer arriving after sign-out is not kept for the next person.
 */
export const OWNER_ENTRY = '/__chorus/offline-owner';

/**
 * On an answer the service worker gives from its copy because the network failed: when that copy
 * was saved (ISO 8601). The portal shows it ("offline: what you see is from …").
 */
export const SAVED_AT_HEADER = 'X-Chorus-Saved-At';

/** A copy older than this is not shown offline any more (and is removed). */
export const OFFLINE_COPY_MAX_AGE_MS = 14 * 24 * 3_600_000;

/** The API routes whose last answer is kept for reading offline: the home page and its feed. */
const KEPT_API_PATHS = new Set(['/api/me', '/api/me/topics', '/api/me/advocacy', '/api/feed']);

/**
 * Whether the answer to a GET of `url` is kept for reading offline: who I am, my topics and
 * programme card, and the feed's first page (for each filter); never a later page, never
 * anything else.
 */
export function isKeptForOffline(url: URL): boolean {
  if (!KEPT_API_PATHS.has(url.pathname)) return false;
  return url.pathname !== '/api/feed' || !url.searchParams.has('cursor');
}
