import { createTestApp, makeUser, signIn, TestApp } from '../support/test-app';

/** `{"email":[[[…]]],"password":"x"}` nested `depth` levels deep. */
function deeplyNested(depth: number): string {
  return `{"email":${'['.repeat(depth)}${']'.repeat(depth)},"password":"x"}`;
}

describe('hostile and malformed requests get a clear 4xx, never a 500', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses deeply nested JSON before parsing it, naming the limit, without signing in', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(deeplyNested(500_000))
      .expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'invalid_input',
      message: 'The JSON body nests arrays and objects deeper than 32 levels.',
      details: { key: 'errors:http.jsonTooDeep', params: { depth: 32 } },
    });
  });

  it('refuses deep nesting on every JSON route, signed in too', async () => {
    const { agent, xsrf } = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    const response = await agent
      .patch('/api/me')
      .set('X-XSRF-TOKEN', xsrf)
      .set('Content-Type', 'application/json')
      .send(`{"name":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`)
      .expect(400);
    expect(response.body.message).toContain('deeper than 32 levels');
  });

  it('still reads JSON nested within the limit', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(deeplyNested(3))
      .expect(400);
    expect(response.body.message).toContain('email must be an email address');
  });

  it('asks for a JSON object when the body is null, a list, a string or plain text', async () => {
    const { agent, xsrf } = await signIn(t, await makeUser(t));
    for (const [contentType, body] of [
      ['application/json', 'null'],
      ['application/json', '"A"'],
      ['application/json', '[{"name":"A"}]'],
      ['text/plain', 'name=A'],
    ]) {
      const response = await agent
        .patch('/api/me')
        .set('X-XSRF-TOKEN', xsrf)
        .set('Content-Type', contentType)
        .send(body);
      expect({ body, status: response.status, message: response.body.message }).toEqual({
        body,
        status: 400,
        message: 'The request body must be a JSON object holding the fields this route takes.',
      });
    }
  });

  it('does not nest query parameters: brackets are part of an unknown name', async () => {
    const { agent } = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    const response = await agent.get('/api/people?search[a][b][c]=x').expect(400);
    expect(response.body.message).toBe('search[a][b][c] is not a field this request accepts');
  });

  it('refuses text holding a lone surrogate wherever it is sent, naming the field', async () => {
    const body = '{"email":"\\ud800x@chorus.test","password":"x"}';
    const login = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(body)
      .expect(400);
    expect(login.body.message).toBe(
      'email is not valid Unicode text: it holds a lone surrogate (an unpaired \\ud800-\\udfff escape).',
    );
    await t
      .http()
      .post('/api/auth/password-reset')
      .set('Content-Type', 'application/json')
      .send('{"email":"\\udc00@chorus.test"}')
      .expect(400);
    const { agent, xsrf } = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    const person = await agent
      .post('/api/people')
      .set('X-XSRF-TOKEN', xsrf)
      .set('Content-Type', 'application/json')
      .send('{"email":"a\\ud800@chorus.test","name":"Lone","roles":["employee"]}')
      .expect(400);
    expect(person.body.message).toContain('email is not valid Unicode text');
  });

  it('keeps emoji, which JSON escapes as a surrogate pair', async () => {
    const { agent, xsrf } = await signIn(t, await makeUser(t));
    await agent
      .patch('/api/me')
      .set('X-XSRF-TOKEN', xsrf)
      .set('Content-Type', 'application/json')
      .send('{"name":"Zo\\u00eb \\ud83c\\udfb5"}')
      .expect(200);
    expect((await agent.get('/api/me')).body.name).toBe('Zoë 🎵');
  });

  it('answers a JSON body over 1 MB with a 413 about requests, not CSV files', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@chorus.test', password: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(response.body.message).toBe('The request body is too large: it may be up to 1 MB.');
  });
});

describe('page numbers are bounded on every paginated list', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const LISTS = [
    '/api/audit',
    '/api/outbox',
    '/api/outbox/deliveries',
    '/api/people',
    '/api/content',
    '/api/source-entries',
    '/api/sources/00000000-0000-4000-8000-000000000000/entries',
    '/api/escalations',
    '/api/shares/mine',
  ];

  it.each(LISTS)('answers a huge page number on %s with a 400 naming the limit', async (list) => {
    const { agent } = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    for (const page of ['1e308', '1e20', '9007199254740993', '1000001']) {
      const response = await agent.get(`${list}?page=${page}`);
      expect({ page, status: response.status, message: response.body.message }).toEqual({
        page,
        status: 400,
        message: 'page must be at most 1,000,000',
      });
    }
  });

  it('still serves the last page allowed, empty', async () => {
    const { agent } = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    const response = await agent.get('/api/people?page=1000000&pageSize=100').expect(200);
    expect(response.body.items).toEqual([]);
  });
});

describe('an explicit null in an optional field', () => {
  let t: TestApp;
  const SOME_ID = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const REFUSED: [string, string, Record<string, null>, string][] = [
    ['PATCH', '/api/me', { name: null }, 'name must be text'],
    ['PATCH', '/api/me', { language: null }, 'language must be one of: en, nl'],
    ['PATCH', '/api/me/profile', { name: null }, 'name must be text'],
    ['PATCH', '/api/me/profile', { socialProfiles: null }, 'socialProfiles must be a list'],
    ['PATCH', '/api/training/stages/1', { title: null }, 'title must be text'],
    ['PATCH', '/api/training/stages/1', { summary: null }, 'summary must be text'],
    ['PATCH', '/api/training/stages/1', { passMark: null }, 'passMark must be a whole number'],
    ['PATCH', `/api/restricted-terms/${SOME_ID}`, { term: null }, 'term must be text'],
    ['PATCH', `/api/restricted-terms/${SOME_ID}`, { category: null }, 'category must be one of'],
    ['PATCH', `/api/restricted-terms/${SOME_ID}`, { severity: null }, 'severity must be one of'],
    ['PATCH', `/api/restricted-terms/${SOME_ID}`, { note: null }, 'note must be text'],
    [
      'PATCH',
      `/api/sources/${SOME_ID}`,
      { pollIntervalMinutes: null },
      'pollIntervalMinutes must be a whole number',
    ],
    ['PATCH', `/api/escalations/${SOME_ID}`, { status: null }, 'status must be one of'],
    ['PATCH', `/api/training/lessons/${SOME_ID}`, { title: null }, 'title must be text'],
    ['PATCH', `/api/people/${SOME_ID}`, { roles: null }, 'roles must be a list'],
  ];

  it.each(REFUSED)(
    'is refused with a 400 where the field cannot be empty: %s %s %j',
    async (method, path, body, message) => {
      const { agent, xsrf } = await signIn(t, await makeUser(t, { roles: ['admin'] }));
      const response = await agent[method.toLowerCase() as 'patch'](path)
        .set('X-XSRF-TOKEN', xsrf)
        .send(body);
      expect({ status: response.status, message: response.body.message }).toEqual({
        status: 400,
        message: expect.stringContaining(message),
      });
    },
  );

  it('leaves the record as it was when refused', async () => {
    const user = await makeUser(t, { name: 'Kept Name', language: 'nl' });
    const { agent, xsrf } = await signIn(t, user);
    await agent.patch('/api/me').set('X-XSRF-TOKEN', xsrf).send({ language: null }).expect(400);
    expect((await agent.get('/api/me')).body).toMatchObject({ name: 'Kept Name', language: 'nl' });
  });

  it('clears a field that may be empty', async () => {
    const { agent, xsrf } = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    const person = await makeUser(t);
    const response = await agent
      .patch(`/api/people/${person.id}`)
      .set('X-XSRF-TOKEN', xsrf)
      .send({ departmentId: null, locationId: null })
      .expect(200);
    expect(response.body).toMatchObject({ department: null, location: null });
  });
});
