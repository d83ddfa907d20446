import { vi } from 'vitest';
import openApi from '../../../api/openapi.json';
import type { components, paths } from '../api/schema';

/**
 * A fake of the Chorus API for portal tests, typed by the OpenAPI document (through the generated
 * `paths`): a route is keyed by its documented template, its handler gets the request's path
 * parameters, query and body as the operation declares them, and answers with a reply whose
 * status the operation documents and whose body matches that status's schema.
 */

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type HttpMethod = Uppercase<Method>;
type Path = keyof paths & string;

/** Every method and path template the API documents: `'GET /api/content/{id}'`. */
export type Route = {
  [P in Path]: {
    [M in Method]: paths[P][M] extends { responses: unknown } ? `${Uppercase<M>} ${P}` : never;
  }[Method];
}[Path];

type MethodOf<R extends Route> = R extends `${infer M} ${string}` ? Lowercase<M> & Method : never;
type TemplateOf<R extends Route> = R extends `${string} ${infer P}` ? P & Path : never;
type OperationOf<R extends Route> = NonNullable<paths[TemplateOf<R>][MethodOf<R>]>;

/** `'id' | 'variantId'` for `/api/content/{id}/variants/{variantId}`. */
type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

type PathParamsOf<O> = O extends { parameters: { path: infer P } } ? P : never;

/**
 * The path parameters of a route, as the address carries them: decoded text, narrowed to the
 * values the document lists for a parameter that has them (a group's `kind`).
 */
export type Params<R extends Route> = {
  readonly [Name in ParamNames<TemplateOf<R>>]: Name extends keyof PathParamsOf<OperationOf<R>>
    ? PathParamsOf<OperationOf<R>>[Name] extends string
      ? PathParamsOf<OperationOf<R>>[Name]
      : string
    : string;
};

type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The query parameters a route documents, as the address carries them (text, when present). */
export type Query<R extends Route> = [QueryOf<OperationOf<R>>] extends [never]
  ? { readonly [name: string]: never }
  : { readonly [Name in keyof QueryOf<OperationOf<R>> & string]?: string };

type JsonBody<C> = C extends { 'application/json': infer B } ? B : unknown;

/**
 * The body a route takes: its JSON schema, `undefined` when it takes none, `unknown` for another
 * media type (an uploaded CSV file arrives as its text).
 */
export type Body<R extends Route> =
  OperationOf<R> extends { requestBody?: never }
    ? undefined
    : OperationOf<R> extends { requestBody: { content: infer C } }
      ? JsonBody<C>
      : OperationOf<R> extends { requestBody?: { content: infer C } }
        ? JsonBody<C> | undefined
        : undefined;

type ResponsesOf<R extends Route> = OperationOf<R>['responses'];

/**
 * What an answer of one documented status carries: its JSON schema, or nothing; an answer of
 * another media type only (a CSV download) is sent as a plain Response.
 */
type ReplyBody<Answer> = Answer extends { content: { 'application/json': infer B } }
  ? B
  : Answer extends { content?: never }
    ? undefined
    : never;

const REPLY = Symbol('reply');

/** An answer of the fake API: a status and the body sent with it as JSON. */
export interface Reply<Status extends number = number, B = unknown> {
  readonly [REPLY]: true;
  readonly replyStatus: Status;
  readonly replyBody: B;
  readonly replyHeaders: Record<string, string>;
}

/**
 * `T`, read-only throughout: `ok` and `reply` infer their body as written (literal types, read-only
 * arrays), and it is checked against the schema, never changed through it.
 */
type Frozen<T> = T extends readonly (infer E)[]
  ? readonly Frozen<E>[]
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;

/** Every reply a route documents: one per status, with that status's body. */
export type ReplyOf<R extends Route> = {
  [Status in keyof ResponsesOf<R> & number]: Reply<
    Status,
    Frozen<ReplyBody<ResponsesOf<R>[Status]>>
  >;
}[keyof ResponsesOf<R> & number];

/** What a handler may answer: a documented reply, or a plain Response for odd cases. */
export type Answer<R extends Route> = ReplyOf<R> | Response;

export interface RecordedRequest {
  method: string;
  path: string;
  url: URL;
  headers: Headers;
  credentials: RequestCredentials;
  body: unknown;
}

/** What a handler is given: the parameters, query and body of the request, and the request. */
export interface HandlerRequest<R extends Route> {
  params: Params<R>;
  query: Query<R>;
  body: Body<R>;
  request: RecordedRequest;
}

export type Handler<R extends Route> = (
  request: HandlerRequest<R>,
) => Answer<R> | Promise<Answer<R>>;

/** The fake API's routes, each keyed by its method and documented template. */
export type Routes = { [R in Route]?: Handler<R> };

/** `status` with `body` (nothing for a 204), when the route documents that status. */
export function reply<const Status extends number>(status: Status): Reply<Status, undefined>;
export function reply<const Status extends number, const B>(
  status: Status,
  body: B,
  headers?: Record<string, string>,
): Reply<Status, B>;
export function reply(
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): Reply<number, unknown> {
  return { [REPLY]: true, replyStatus: status, replyBody: body, replyHeaders: headers };
}

/** 200 OK with `body`, which must match the route's 200 schema. */
export function ok<const B>(body: B, headers: Record<string, string> = {}): Reply<200, B> {
  return reply(200, body, headers);
}

const REASONS: Partial<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * A key no catalogue has, as an older server would send: the portal then shows `message`. Tests
 * of what the portal says by key pass `details` with a real key.
 */
const UNKNOWN_KEY = { key: 'errors:test.unknown', params: {} };

/** The API's error body (`ErrorDto`) with `status`, when the route documents that status. */
export function apiError<const Status extends number>(
  status: Status,
  message: string,
  extra: { code?: string; details?: object } = {},
  headers: Record<string, string> = {},
): Reply<Status, components['schemas']['ErrorDto']> {
  const error = {
    statusCode: status,
    error: REASONS[status] ?? 'Error',
    message,
    ...extra,
    details: { ...UNKNOWN_KEY, ...extra.details },
  };
  // ErrorDto documents the key and params of `details`; the API adds structured extras.
  return reply(status, error as components['schemas']['ErrorDto'], headers);
}

/**
 * An error the route does not document (a crash, a proxy's page, a status the document misses):
 * a plain Response, so that any route may answer it. Prefer `apiError` for what the API says.
 */
export function undocumented(
  status: number,
  message: string,
  extra: { code?: string; details?: object } = {},
): Response {
  const error = { statusCode: status, error: REASONS[status] ?? 'Error', message, ...extra };
  return new Response(JSON.stringify(error), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function isReply(answer: unknown): answer is Reply {
  return typeof answer === 'object' && answer !== null && REPLY in answer;
}

function toResponse(answer: Reply | Response): Response {
  if (!isReply(answer)) return answer;
  if (answer.replyBody === undefined) {
    return new Response(null, { status: answer.replyStatus, headers: answer.replyHeaders });
  }
  return new Response(JSON.stringify(answer.replyBody), {
    status: answer.replyStatus,
    headers: { 'Content-Type': 'application/json', ...answer.replyHeaders },
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

const segmentsOf = (path: string) => path.split('/').slice(1);
const isParam = (segment: string) => segment.startsWith('{') && segment.endsWith('}');

/** The parameters of `path` when it is an address of `template`; undefined when it is not. */
function matchTemplate(template: string, path: string): Record<string, string> | undefined {
  const expected = segmentsOf(template);
  const actual = segmentsOf(path);
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    const value = actual[index]!;
    if (isParam(segment)) {
      if (value === '') return undefined;
      params[segment.slice(1, -1)] = decodeURIComponent(value);
    } else if (segment !== value) {
      return undefined;
    }
  }
  return params;
}

/** Negative when `a` is the more literal template: the first segment where they differ decides. */
function literalFirst(a: string, b: string): number {
  const left = segmentsOf(a);
  const right = segmentsOf(b);
  for (const [index, segment] of left.entries()) {
    const literal = !isParam(segment);
    if (literal !== !isParam(right[index]!)) return literal ? -1 : 1;
  }
  return 0;
}

interface Match {
  route: string;
  params: Record<string, string>;
}

/** The route of `routes` that answers `method path`: literal segments win over parameters. */
function findRoute(routes: Routes, method: string, path: string): Match | undefined {
  const matches = Object.keys(routes).flatMap((route) => {
    const [routeMethod, template] = route.split(' ') as [string, string];
    if (routeMethod !== method) return [];
    const params = matchTemplate(template, path);
    return params ? [{ route, template, params }] : [];
  });
  matches.sort((a, b) => literalFirst(a.template, b.template));
  return matches[0];
}

export interface MockedApi {
  requests: RecordedRequest[];
  /** The requests sent to `path`: an address, or a documented template. */
  requestsTo: (method: HttpMethod, path: string) => RecordedRequest[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every route of the OpenAPI document, as `Route` lists them, to check keys at run time too. */
const DOCUMENTED = new Set(
  Object.entries(openApi.paths as Record<string, Partial<Record<Method, unknown>>>).flatMap(
    ([template, operations]) =>
      METHODS.filter((method) => operations[method] !== undefined).map(
        (method) => `${method.toUpperCase()} ${template}`,
      ),
  ),
);

/**
 * Replaces globalThis.fetch with a fake of the Chorus API answering `routes`; a route the test
 * does not fake answers 404. Every request is recorded: `requestsTo` finds them by address or by
 * template (`requestsTo('GET', '/api/content/{id}')`).
 */
export function mockApi(routes: Routes): MockedApi {
  // The types refuse an undocumented key in an object literal; a key built at run time and
  // spread in (`[\`GET ${path}\`]`, Object.fromEntries) is refused here.
  const strays = Object.keys(routes).filter((route) => !DOCUMENTED.has(route));
  if (strays.length > 0) {
    throw new Error(`Not routes of the API's document: ${strays.join(', ')}`);
  }
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
    const match = findRoute(routes, recorded.method, recorded.path);
    if (!match) {
      return toResponse(apiError(404, `No fake for ${recorded.method} ${url.toString()}`));
    }
    const handler = routes[match.route as Route] as unknown as (
      request: HandlerRequest<Route>,
    ) => Reply | Response | Promise<Reply | Response>;
    const answer = await handler({
      params: match.params as Params<Route>,
      query: Object.fromEntries(url.searchParams) as Query<Route>,
      body: recorded.body as Body<Route>,
      request: recorded,
    });
    return toResponse(answer);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    requestsTo: (method, path) =>
      requests.filter(
        (request) =>
          request.method === method &&
          (path.includes('{')
            ? matchTemplate(path, request.path) !== undefined
            : request.path === path),
      ),
  };
}
