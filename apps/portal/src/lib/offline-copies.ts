import { startOfflineCopiesFor } from '../service-worker/offline-copies';
import { PERSONAL_CACHE } from '../service-worker/protocol';

/** The page's CacheStorage, where the browser offers one (secure contexts). */
function browserCaches(): CacheStorage | undefined {
  return typeof caches === 'undefined' ? undefined : caches;
}

/**
 * Forgets the copies kept for reading offline (sign-out, an expired session): whoever opens the
 * portal on this device next sees nothing of them, online or not.
 */
export async function forgetOfflineCopies(): Promise<void> {
  await browserCaches()
    ?.delete(PERSONAL_CACHE)
    .catch(() => false);
}

/**
 * Someone has signed in: the copies kept for reading offline are theirs from now on, and
 * nothing of whoever was signed in before is kept.
 */
export async function keepOfflineCopiesFor(userId: string): Promise<void> {
  const storage = browserCaches();
  if (storage) await startOfflineCopiesFor(storage, userId).catch(() => undefined);
}
