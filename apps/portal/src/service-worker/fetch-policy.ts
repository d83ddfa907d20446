import { isKeptForOffline } from './protocol';

/**
 * How the service worker answers a request:
 * - `app-page`: a page of the portal (a navigation): the network's index.html, else the shell's;
 * - `shell-file`: a built file of this build: from the shell cache, else the network;
 * - `offline-copy`: an API answer kept for reading offline: the network, kept; else the copy;
 * - `network`: left alone (writes, sign-in and sign-out, tracked links, other origins, ...).
 */
export type FetchPolicy = 'app-page' | 'shell-file' | 'offline-copy' | 'network';

export interface RequestFacts {
  method: string;
  url: string;
  mode: string;
}

/** Paths that belong to the server: never answered with the portal's page. */
const SERVER_PATHS = /^\/(api|r|unsubscribe)(\/|$)/;

export function fetchPolicy(
  request: RequestFacts,
  origin: string,
  shellFiles: ReadonlySet<string>,
): FetchPolicy {
  // Writes are never touched, let alone kept: only reads of this origin are.
  if (request.method !== 'GET') return 'network';
  const url = new URL(request.url);
  if (url.origin !== origin) return 'network';
  if (url.pathname.startsWith('/api/auth/')) return 'network';
  if (SERVER_PATHS.test(url.pathname)) return isKeptForOffline(url) ? 'offline-copy' : 'network';
  if (request.mode === 'navigate') return 'app-page';
  return shellFiles.has(url.pathname) ? 'shell-file' : 'network';
}
