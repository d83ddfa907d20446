import type request from 'supertest';
import type { components, paths } from '../../apps/portal/src/api/schema';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Agent = ReturnType<typeof request.agent>;

/** The paths of the API that answer `method`, as the OpenAPI document lists them. */
type PathOf<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never;
}[keyof paths];

/** `/api/topics/{id}` as the addresses it stands for: `/api/topics/${string}`. */
type Filled<P extends string> = P extends `${infer Head}{${string}}${infer Tail}`
  ? `${Head}${string}${Filled<Tail>}`
  : P;

/** An address of a documented path, with or without a query string. */
type AddressOf<P extends string> = Filled<P> | `${Filled<P>}?${string}`;

/** A schema of the OpenAPI document, by name: `Schema<'CreateCampaignDto'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** Every address the API answers `method` at. */
export type Address<M extends Method> = { [P in PathOf<M>]: AddressOf<P> }[PathOf<M>];

/** The documented paths an address can be (more than one when a parameter could span a slash). */
type PathsAt<M extends Method, A extends string> = {
  [P in PathOf<M>]: A extends AddressOf<P> ? P : never;
}[PathOf<M>];

/** The JSON body the operations at an address take. */
type BodyAt<M extends Method, A extends string> = paths[PathsAt<M, A>][M] extends infer O
  ? O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? B
    : never
  : never;

/**
 * The API as a signed-in person calls it: addresses and bodies checked against the OpenAPI
 * document (`apps/api/openapi.json`, through the portal's generated `paths`), the session kept by
 * the agent and the XSRF header sent on every write. Each call is a supertest request, so a test
 * goes on with `.expect(…)`. A request the API must refuse for its shape goes through the agent.
 */
export interface ApiClient {
  get<A extends Address<'get'>>(address: A): request.Test;
  post<A extends Address<'post'>>(address: A, body?: BodyAt<'post', A>): request.Test;
  put<A extends Address<'put'>>(address: A, body?: BodyAt<'put', A>): request.Test;
  patch<A extends Address<'patch'>>(address: A, body?: BodyAt<'patch', A>): request.Test;
  delete<A extends Address<'delete'>>(address: A, body?: BodyAt<'delete', A>): request.Test;
  /** A write whose body breaks the document on purpose, to check what the API refuses. */
  malformed<M extends Exclude<Method, 'get'>>(
    method: M,
    address: Address<M>,
    body: unknown,
  ): request.Test;
}

export function apiClient(agent: Agent, xsrf: string): ApiClient {
  const write =
    (method: Exclude<Method, 'get'>) =>
    (address: string, body?: object): request.Test => {
      const test = agent[method](address).set('X-XSRF-TOKEN', xsrf);
      return body === undefined ? test : test.send(body);
    };
  return {
    get: (address: string) => agent.get(address),
    post: write('post'),
    put: write('put'),
    patch: write('patch'),
    delete: write('delete'),
    malformed: (method, address, body) => write(method)(address, body as object),
  };
}
