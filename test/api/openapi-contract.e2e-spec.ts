import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { ROLES, seededRandom, type Role } from '@chorus/core';
import { DataSource } from 'typeorm';
import { makeLiveItem, makeQuiz } from '../support/factories';
import {
  HostileInput,
  type KnownIds,
  type HostileRequest,
  type OpenApiDocument,
  type OpenApiOperation,
} from '../support/hostile-input';
import { createTestApp, makeUser, signIn, type TestApp } from '../support/test-app';

/** The committed document: what the portal's client and every integrator rely on. */
const DOCUMENT = JSON.parse(
  readFileSync(path.join(__dirname, '../../apps/api/openapi.json'), 'utf8'),
) as OpenApiDocument;

/** Requests per operation, spread over the callers allowed to call it. */
const REQUESTS_PER_OPERATION = 32;

/** Signing out ends the caller's session; it goes last, so every other route sees it alive. */
const ENDS_THE_SESSION = (name: string) => name === 'POST /api/auth/logout';

const OPERATIONS = Object.entries(DOCUMENT.paths)
  .flatMap(([route, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      name: `${method.toUpperCase()} ${route}`,
      method: method as 'get' | 'post' | 'put' | 'patch' | 'delete',
      route,
      operation,
    })),
  )
  .sort((a, b) => Number(ENDS_THE_SESSION(a.name)) - Number(ENDS_THE_SESSION(b.name)));

/** A stable seed per operation, so each test sends the same requests whatever runs before it. */
function seedOf(name: string): number {
  let hash = 2_166_136_261;
  for (let index = 0; index < name.length; index += 1) {
    hash = Math.imul(hash ^ name.charCodeAt(index), 16_777_619);
  }
  return hash >>> 0;
}

/** Not signed in, or without a role the route needs: checked before any input is read. */
function refusedByAccessRule(status: number, body: { code?: string } | undefined): boolean {
  return status === 401 || (status === 403 && body?.code === 'forbidden');
}

/**
 * Records for the routes that take an id, so that hostile input also reaches routes past their
 * "no such record" check: an approved item with a suggested post, a topic, a campaign, a
 * department, a person and a quiz question.
 */
async function makeRecords(t: TestApp, admin: Caller): Promise<KnownIds> {
  const create = async (url: string, body: object) => {
    const response = await admin
      .client()
      .post(url)
      .set('X-XSRF-TOKEN', admin.xsrf!)
      .send(body)
      .expect(201);
    return (response.body as { id: string }).id;
  };
  const itemId = await makeLiveItem(t);
  const [{ id: variantId }] = await t.app
    .get(DataSource)
    .query<{ id: string }[]>('SELECT id FROM content_variants WHERE item_id = $1', [itemId]);
  const author = await makeUser(t, { roles: ['curator'] });
  const [question] = await makeQuiz(t, author, 1, 1);
  const ids: [RegExp, string, string][] = [
    [/^\/api\/(content|feed)\/\{id\}/, 'id', itemId],
    [/^\/api\/content\/\{id\}\/variants/, 'variantId', variantId],
    [/^\/api\/(me\/)?topics\/\{id\}/, 'id', await create('/api/topics', { name: 'Walked' })],
    [/^\/api\/campaigns\/\{id\}/, 'id', await create('/api/campaigns', { name: 'Walked' })],
    [
      /^\/api\/groups\/\{kind\}\/\{id\}/,
      'id',
      await create('/api/groups/department', { name: 'Walked' }),
    ],
    [/^\/api\/people\/\{id\}/, 'id', (await makeUser(t)).id],
    [/^\/api\/training\/questions\/\{id\}/, 'id', question.id],
  ];
  return (route, parameter) =>
    ids.find(([pattern, name]) => pattern.test(route) && name === parameter)?.[2];
}

interface Caller {
  name: 'anonymous' | Role;
  client: () => ReturnType<typeof request.agent> | ReturnType<TestApp['http']>;
  xsrf?: string;
}

describe('every operation in the OpenAPI document, sent hostile input by every role', () => {
  let t: TestApp;
  let callers: Caller[];
  let knownIds: KnownIds;

  beforeAll(async () => {
    t = await createTestApp();
    callers = [{ name: 'anonymous', client: () => t.http() }];
    for (const role of ROLES) {
      const { agent, xsrf } = await signIn(t, await makeUser(t, { roles: [role] }));
      callers.push({ name: role, client: () => agent, xsrf });
    }
    knownIds = await makeRecords(
      t,
      callers.find((caller) => caller.name === 'admin')!,
    );
  });
  afterAll(() => t.close());

  function send(
    caller: Caller,
    method: (typeof OPERATIONS)[number]['method'],
    hostile: HostileRequest,
  ) {
    let call = caller.client()[method](hostile.url);
    if (caller.xsrf) call = call.set('X-XSRF-TOKEN', caller.xsrf);
    if (hostile.contentType) call = call.set('Content-Type', hostile.contentType);
    return hostile.body === undefined ? call : call.send(hostile.body);
  }

  it('walks every operation of the document', () => {
    expect(OPERATIONS.length).toBeGreaterThan(100);
  });

  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))(
    '%s answers only statuses it declares, never a 5xx',
    async (
      name,
      {
        method,
        route,
        operation,
      }: {
        method: (typeof OPERATIONS)[number]['method'];
        route: string;
        operation: OpenApiOperation;
      },
    ) => {
      const declared = Object.keys(operation.responses);
      const requests = new HostileInput(DOCUMENT, seededRandom(seedOf(name)), knownIds).requests(
        route,
        operation,
        REQUESTS_PER_OPERATION,
      );
      const undeclared: string[] = [];
      const check = (caller: Caller, hostile: HostileRequest, status: number, body: unknown) => {
        if (status < 500 && declared.includes(String(status))) return;
        const message = (body as { message?: unknown } | undefined)?.message;
        undeclared.push(
          `${caller.name}, ${hostile.spoiled}: ${status} ${typeof message === 'string' ? message.slice(0, 160) : ''}`,
        );
      };

      // Each caller first sends the plain request; those it refuses (401, 403) stop there.
      const allowed: Caller[] = [];
      for (const caller of callers) {
        const response = await send(caller, method, requests[0]);
        check(caller, requests[0], response.status, response.body);
        if (!refusedByAccessRule(response.status, response.body)) allowed.push(caller);
      }
      // The hostile ones, shared out among the callers let through.
      for (const [index, hostile] of requests.slice(1).entries()) {
        if (allowed.length === 0) break;
        const caller = allowed[index % allowed.length];
        const response = await send(caller, method, hostile);
        check(caller, hostile, response.status, response.body);
      }
      expect({ declared, undeclared }).toEqual({ declared, undeclared: [] });
    },
    30_000,
  );
});
