import { createTestApp, makeUser, signIn, TestApp } from '../support/test-app';

describe('errors are always { statusCode, error, code, message, details }', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers malformed JSON with a 400', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'invalid_input',
      message: 'The request body is not valid JSON.',
      details: { key: 'errors:http.invalidJson', params: {} },
    });
  });

  it("says the message in the language of the request's Accept-Language, by key for clients", async () => {
    const { agent } = await signIn(t, await makeUser(t, { roles: ['curator'] }));
    const missing = '00000000-0000-4000-8000-000000000000';
    const dutch = await agent
      .get(`/api/campaigns/${missing}`)
      .set('Accept-Language', 'nl-BE,nl;q=0.9')
      .expect(404);
    expect(dutch.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      code: 'not_found',
      message: `Er is geen campagne met id ${missing}.`,
      details: { key: 'errors:campaigns.notFound', params: { id: missing } },
    });
    const english = await agent
      .get(`/api/campaigns/${missing}`)
      .set('Accept-Language', 'fi;q=0.9, en;q=0.5')
      .expect(404);
    expect(english.body.message).toBe(`No campaign with id ${missing}.`);
    expect(english.body.details).toEqual(dutch.body.details);
  });

  it("says fastify's own refusals by key too, not in fastify's words", async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/xml')
      .set('Accept-Language', 'nl')
      .send('<login/>')
      .expect(415);
    expect(response.body).toMatchObject({
      code: 'unsupported_media_type',
      details: { key: expect.stringMatching(/^errors:http\./) },
    });
    expect(response.body.message).not.toMatch(/Unsupported Media Type/);
  });

  it('refuses fields the route does not know, naming them', async () => {
    const admin = await makeUser(t, { roles: ['admin'] });
    const { agent, xsrf } = await signIn(t, admin);
    const response = await agent
      .patch('/api/me')
      .set('X-XSRF-TOKEN', xsrf)
      .send({ roles: ['admin'] })
      .expect(400);
    expect(response.body.message).toBe('property roles should not exist');
  });

  it('answers text with a NUL character with a 400, not a 500', async () => {
    const { agent, xsrf } = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    const name = await agent
      .patch('/api/me')
      .set('X-XSRF-TOKEN', xsrf)
      .send({ name: 'a\u0000b' })
      .expect(400);
    expect(name.body.message).toBe('Text may not contain NUL characters (\\u0000).');
    await agent.get('/api/people?search=a%00b').expect(400);
    await agent.get('/api/audit?targetId=a%00b').expect(400);
  });

  it('explains a bad value in a query string', async () => {
    const { agent } = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    const response = await agent.get('/api/people?pageSize=1000&role=king').expect(400);
    expect(response.body.message).toContain('pageSize must not be greater than 100');
    expect(response.body.message).toContain(
      'role must be one of: employee, curator, analyst, admin',
    );
  });

  it('refuses an empty name and an unknown language on PATCH /api/me, changing nothing', async () => {
    const user = await makeUser(t, { name: 'Kept Name' });
    const { agent, xsrf } = await signIn(t, user);
    const response = await agent
      .patch('/api/me')
      .set('X-XSRF-TOKEN', xsrf)
      .send({ name: '   ', language: 'xx' })
      .expect(400);
    expect(response.body.message).toContain('name must not be empty');
    expect(response.body.message).toContain('language must be one of: en, nl');
    expect((await agent.get('/api/me')).body.name).toBe('Kept Name');
  });

  it('answers an unknown API path with a 404 in the same shape', async () => {
    const response = await t.http().get('/api/no-such-thing').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      code: 'not_found',
      message: 'There is no GET /api/no-such-thing here.',
      details: {
        key: 'errors:http.routeNotFound',
        params: { method: 'GET', path: '/api/no-such-thing' },
      },
    });
  });
});
