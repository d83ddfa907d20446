/** The untyped "METHOD /address" fake, while portal tests move to the typed `mock-api`. */
import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  path: string;
  url: URL;
  headers: Headers;
  credentials: RequestCredentials;
  body: unknown;
}

type Reply = Response | Promise<Response>;
type Handler = (request: RecordedRequest) => Reply;

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** The body as JSON when it is JSON; otherwise its text (e.g. an uploaded CSV file). */
function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function apiError(
  statusCode: number,
  message: string,
  extra: { code?: string; details?: unknown } = {},
): Response {
  const error = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    429: 'Too Many Requests',
  }[statusCode];
  return json(statusCode, { statusCode, error: error ?? 'Error', message, ...extra });
}

/**
 * Replaces globalThis.fetch with a small fake of the Chorus API. Routes are keyed
 * "METHOD /path" (no query string); unknown routes answer 404. Every request is recorded.
 */
export function mockApi(routes: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      url,
      headers: request.headers,
      credentials: request.credentials,
      body: text ? parseBody(text) : undefined,
    };
    requests.push(recorded);
    const handler = routes[`${recorded.method} ${recorded.path}`];
    return handler ? handler(recorded) : apiError(404, `No fake for ${recorded.method} ${url}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    requestsTo: (method: string, path: string) =>
      requests.filter((request) => request.method === method && request.path === path),
  };
}
