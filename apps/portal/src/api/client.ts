import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError } from './api-error';
import { readCookie } from './cookies';
import { noteApiAnswer } from '../lib/offline-status';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type User = Schemas['UserDto'];
export type LoginBody = Schemas['LoginDto'];
export type UpdateMeBody = Schemas['UpdateMeDto'];
export type PeoplePage = Schemas['PeoplePageDto'];
export type Person = PeoplePage['items'][number];
/** An item of the feed: what the feed lists and the share dialog shares. */
export type FeedItem = Schemas['FeedItemDto'];

export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/**
 * Asks for answers in the portal's language (the page's `lang`, which follows it), sends the
 * double-submit CSRF token on every write, notes whether an answer is a copy saved for reading
 * offline, and turns every non-2xx answer into a thrown ApiError, so callers only ever see
 * successful data.
 */
export const apiMiddleware: Middleware = {
  onRequest({ request }) {
    const language = document.documentElement.lang;
    if (language) request.headers.set('Accept-Language', language);
    if (SAFE_METHODS.has(request.method.toUpperCase())) return request;
    const token = readCookie(document.cookie, XSRF_COOKIE);
    if (token !== undefined) request.headers.set(XSRF_HEADER, token);
    return request;
  },
  async onResponse({ response }) {
    noteApiAnswer(response);
    if (!response.ok) throw await ApiError.fromResponse(response);
    return response;
  },
};

export function createApiClient() {
  const client = createClient<paths>({
    // Absolute, so that requests also build outside a browser page (tests); same origin always.
    baseUrl: globalThis.location.origin,
    credentials: 'same-origin',
    // Looked up on every call rather than captured once, so a replaced fetch is honoured.
    fetch: (request: Request) => globalThis.fetch(request),
  });
  client.use(apiMiddleware);
  return client;
}

export const api = createApiClient();

/** The body of a successful answer; the middleware has already thrown for any other. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, response } = await call;
  if (data === undefined) throw new ApiError(response.status, undefined, 'Empty response');
  return data;
}
