// The portal's service worker, built into /sw.js by vite-service-worker.mts (production builds
// only). It keeps the app shell (this build's files) so the portal opens without a network, and
// the signed-in person's last feed page so it can be read offline (offline-copies.ts).
import { fetchPolicy } from './fetch-policy';
import { networkOrCopy } from './offline-copies';
import { SHELL_CACHE_PREFIX } from './protocol';

/** This build's identity and files, written in by the build. */
declare const __CHORUS_SHELL__: { build: string; files: string[] };

/** The page index.html answers every portal address with (the portal's router does the rest). */
const APP_PAGE = '/index.html';

// What this file uses of a service worker's scope and events (the portal compiles against the
// DOM's types, which do not have them).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly caches: CacheStorage;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  fetch(request: Request | string): Promise<Response>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

const shellCache = `${SHELL_CACHE_PREFIX}${__CHORUS_SHELL__.build}`;
const shellFiles = new Set(__CHORUS_SHELL__.files);

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await worker.caches.open(shellCache);
      // Revalidated, not taken from the browser's HTTP cache: the shell must be this build's.
      await cache.addAll([...shellFiles].map((file) => new Request(file, { cache: 'no-cache' })));
      // A new build takes over at once: its files are all in place.
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await worker.caches.keys();
      const stale = names.filter(
        (name) => name.startsWith(SHELL_CACHE_PREFIX) && name !== shellCache,
      );
      await Promise.all(stale.map((name) => worker.caches.delete(name)));
      await worker.clients.claim();
    })(),
  );
});

async function appPage(request: Request): Promise<Response> {
  try {
    return await worker.fetch(request);
  } catch (failure) {
    const page = await worker.caches.match(APP_PAGE, { cacheName: shellCache });
    if (page) return page;
    throw failure;
  }
}

async function shellFile(request: Request): Promise<Response> {
  const file = await worker.caches.match(request, { cacheName: shellCache });
  return file ?? worker.fetch(request);
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  switch (fetchPolicy(request, worker.location.origin, shellFiles)) {
    case 'app-page':
      return event.respondWith(appPage(request));
    case 'shell-file':
      return event.respondWith(shellFile(request));
    case 'offline-copy': {
      const answer = networkOrCopy(request, {
        caches: worker.caches,
        fetch: (r) => worker.fetch(r),
        now: () => new Date(),
      });
      event.respondWith(answer.then(({ response }) => response));
      return event.waitUntil(answer.then(({ kept }) => kept).catch(() => undefined));
    }
    case 'network':
      return undefined;
  }
});
