import { makeTopic } from './factories';
import { apiError, mockApi, ok, reply, undocumented } from './mock-api';

const send = (method: string, path: string, body?: unknown) =>
  fetch(`http://portal.test${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  });

describe('the typed API fake', () => {
  it('gives a handler the parameters, query and body of the request', async () => {
    const seen: unknown[] = [];
    mockApi({
      'PATCH /api/topics/{id}': ({ params, body, request }) => {
        seen.push(params, body, request.method);
        return ok(makeTopic({ id: params.id, name: body.name }));
      },
      'GET /api/people': ({ query }) => {
        seen.push(query);
        return ok({ items: [], total: 0, page: 1, pageSize: 25 });
      },
    });

    const renamed = await send('PATCH', '/api/topics/a%20b', { name: 'Careers' });
    await send('GET', '/api/people?page=2&search=ada');

    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ id: 'a b', name: 'Careers' });
    expect(seen).toEqual([
      { id: 'a b' },
      { name: 'Careers' },
      'PATCH',
      { page: '2', search: 'ada' },
    ]);
  });

  it('answers from the literal route before the one with a parameter', async () => {
    mockApi({
      'GET /api/escalations/{id}': () => apiError(404, 'No such report.'),
      'GET /api/escalations/team': () => ok([]),
    });

    expect((await send('GET', '/api/escalations/team')).status).toBe(200);
    expect((await send('GET', '/api/escalations/42')).status).toBe(404);
  });

  it('sends replies with their status, JSON body and headers', async () => {
    mockApi({
      'POST /api/topics': () => reply(201, makeTopic({ name: 'Hiring' })),
      'DELETE /api/topics/{id}': () => reply(204),
      'GET /api/topics': () => apiError(503, 'Try again.', {}, { 'Retry-After': '5' }),
      'GET /api/campaigns': () => undocumented(500, 'Boom'),
    });

    const created = await send('POST', '/api/topics', { name: 'Hiring' });
    const deleted = await send('DELETE', '/api/topics/1');
    const away = await send('GET', '/api/topics');
    const crashed = await send('GET', '/api/campaigns');

    expect([created.status, created.headers.get('Content-Type')]).toEqual([
      201,
      'application/json',
    ]);
    expect(await created.json()).toMatchObject({ name: 'Hiring' });
    expect([deleted.status, await deleted.text()]).toEqual([204, '']);
    expect([away.status, away.headers.get('Retry-After')]).toEqual([503, '5']);
    expect(await away.json()).toMatchObject({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'Try again.',
    });
    expect([crashed.status, (await crashed.json()).message]).toEqual([500, 'Boom']);
  });

  it('answers 404 for a route the test does not fake, and records every request', async () => {
    const api = mockApi({ 'GET /api/topics': () => ok([]) });

    const missing = await send('GET', '/api/topics/7?x=1');
    await send('GET', '/api/topics');

    expect(missing.status).toBe(404);
    expect((await missing.json()).message).toBe(
      'No fake for GET http://portal.test/api/topics/7?x=1',
    );
    expect(api.requests.map((request) => request.path)).toEqual(['/api/topics/7', '/api/topics']);
    expect(api.requestsTo('GET', '/api/topics/{id}').map((request) => request.path)).toEqual([
      '/api/topics/7',
    ]);
    expect(api.requestsTo('GET', '/api/topics')).toHaveLength(1);
  });

  it('refuses a key that is not a documented route, even one built at run time', () => {
    const built = Object.fromEntries([['GET /api/topics/7', () => ok(makeTopic())]]);

    expect(() => mockApi({ 'GET /api/topics': () => ok([]), ...built })).toThrow(
      "Not routes of the API's document: GET /api/topics/7",
    );
  });

  it('is checked by the type checker against the document', () => {
    // Each call below fails `npm run typecheck` without its expectation of an error.
    const typos = [
      // @ts-expect-error: the API documents no such route.
      () => mockApi({ 'GET /api/topic': () => ok([]) }),
      () =>
        mockApi({
          // @ts-expect-error: a topic has a name, not a title.
          'POST /api/topics': ({ body }) => reply(201, { id: '1', title: body.name, itemCount: 0 }),
        }),
      // @ts-expect-error: deleting a topic answers 204, not 200.
      () => mockApi({ 'DELETE /api/topics/{id}': () => ok(makeTopic()) }),
      // @ts-expect-error: listing campaigns never answers 409.
      () => mockApi({ 'GET /api/campaigns': () => apiError(409, 'Taken.') }),
    ];
    expect(typos).toHaveLength(4);
  });
});
