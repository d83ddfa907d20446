import { OFFLINE_COPY_MAX_AGE_MS, OWNER_ENTRY, PERSONAL_CACHE, SAVED_AT_HEADER } from './protocol';

export interface OfflineCopiesContext {
  caches: CacheStorage;
  fetch: (request: Request) => Promise<Response>;
  now: () => Date;
}

export interface NetworkOrCopy {
  response: Response;
  /** Keeping the network's answer, after it has been given to the page. */
  kept: Promise<void>;
}

/**
 * Answers a GET of an API route kept for offline reading: the network's answer when there is
 * one (kept as the new copy), else the copy saved last, marked with when it was saved. With
 * neither, the network's failure stands: the portal says it is offline.
 */
export async function networkOrCopy(
  request: Request,
  context: OfflineCopiesContext,
): Promise<NetworkOrCopy> {
  // Whose cache it is as the request leaves: an answer that comes back after someone else has
  // signed in (or everyone out) may be the previous person's, and is not kept.
  const owner = await currentOwner(context.caches);
  let response: Response;
  try {
    response = await context.fetch(request);
  } catch (failure) {
    const copy = await savedCopy(request, context);
    if (copy) return { response: copy, kept: Promise.resolve() };
    throw failure;
  }
  return { response, kept: keep(request, response.clone(), owner, context) };
}

/** Whose answers the personal cache holds, or null when nobody's (signed out since). */
async function ownerOf(cache: Cache): Promise<string | null> {
  const entry = await cache.match(OWNER_ENTRY);
  return entry ? await entry.text() : null;
}

async function currentOwner(caches: CacheStorage): Promise<string | null> {
  return (await caches.has(PERSONAL_CACHE)) ? ownerOf(await caches.open(PERSONAL_CACHE)) : null;
}

/** Starts a personal cache for `userId`, without anything of whoever was signed in before. */
export async function startOfflineCopiesFor(caches: CacheStorage, userId: string): Promise<void> {
  await caches.delete(PERSONAL_CACHE);
  const cache = await caches.open(PERSONAL_CACHE);
  await cache.put(OWNER_ENTRY, new Response(userId));
}

async function keep(
  request: Request,
  response: Response,
  ownerAsSent: string | null,
  context: OfflineCopiesContext,
): Promise<void> {
  // The session is gone (expired, signed out elsewhere): nothing of it is shown offline any more.
  if (response.status === 401) {
    await context.caches.delete(PERSONAL_CACHE);
    return;
  }
  if (!response.ok) return;
  let cache = await context.caches.open(PERSONAL_CACHE);
  let owner = await ownerOf(cache);
  if (owner !== ownerAsSent) return;
  if (new URL(request.url).pathname === '/api/me') {
    // Someone else is signed in now (through a path the portal did not see): start over for them.
    const { id } = (await response.clone().json()) as { id?: unknown };
    if (typeof id !== 'string') return;
    if (owner !== id) {
      await startOfflineCopiesFor(context.caches, id);
      cache = await context.caches.open(PERSONAL_CACHE);
      owner = id;
    }
  }
  // Nobody's cache (signed out since the request left): the answer is not kept for anyone.
  if (owner === null) return;
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT_HEADER, context.now().toISOString());
  const body = await response.arrayBuffer();
  await cache.put(
    request.url,
    new Response(body, { status: response.status, statusText: response.statusText, headers }),
  );
}

/** The copy of `request`'s answer, unless there is none or it is too old to show. */
async function savedCopy(
  request: Request,
  context: OfflineCopiesContext,
): Promise<Response | undefined> {
  if (!(await context.caches.has(PERSONAL_CACHE))) return undefined;
  const cache = await context.caches.open(PERSONAL_CACHE);
  if ((await ownerOf(cache)) === null) return undefined;
  const copy = await cache.match(request.url, { ignoreVary: true });
  if (!copy) return undefined;
  const savedAt = Date.parse(copy.headers.get(SAVED_AT_HEADER) ?? '');
  if (!(context.now().getTime() - savedAt <= OFFLINE_COPY_MAX_AGE_MS)) {
    await cache.delete(request.url);
    return undefined;
  }
  return copy;
}
