import { onServer } from '../support/database';
import { createTestApp, makeUser, signIn, TestApp } from '../support/test-app';

describe('GET /api/health', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 with the database status when all is well', async () => {
    const response = await t.http().get('/api/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      database: 'up',
      databaseLatencyMs: expect.any(Number),
    });
  });

  it('gives every response a request id, keeping a sane one from the caller', async () => {
    const given = await t.http().get('/api/health').set('X-Request-Id', 'lb-1234');
    expect(given.headers['x-request-id']).toBe('lb-1234');
    const made = await t.http().get('/api/health').set('X-Request-Id', 'not sane!');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 503 while the database cannot be reached, and 200 again once it can', async () => {
    await onServer(async (db) => {
      await db.query(`ALTER DATABASE "${t.databaseName}" ALLOW_CONNECTIONS false`);
      await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [
        t.databaseName,
      ]);
    });
    try {
      const down = await t.http().get('/api/health').expect(503);
      expect(down.body).toMatchObject({
        statusCode: 503,
        error: 'Service Unavailable',
        code: 'database_unavailable',
        message: expect.stringContaining('Chorus cannot reach its database right now'),
      });
      expect(down.headers['retry-after']).toBe('10');
    } finally {
      await onServer((db) => db.query(`ALTER DATABASE "${t.databaseName}" ALLOW_CONNECTIONS true`));
    }
    await t.http().get('/api/health').expect(200);
  });

  it('answers every route with 503 and Retry-After, not 500, while the database cannot be reached', async () => {
    const user = await makeUser(t);
    const signedIn = await signIn(t, user);
    await onServer(async (db) => {
      await db.query(`ALTER DATABASE "${t.databaseName}" ALLOW_CONNECTIONS false`);
      await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [
        t.databaseName,
      ]);
    });
    try {
      const answers = [
        await signedIn.api.get('/api/me'),
        await signedIn.api.get('/api/feed'),
        await t.http().post('/api/auth/login').send({ email: user.email, password: user.password }),
      ];
      for (const answer of answers) {
        expect({ status: answer.status, retryAfter: answer.headers['retry-after'] }).toEqual({
          status: 503,
          retryAfter: '10',
        });
        expect(answer.body).toEqual({
          statusCode: 503,
          error: 'Service Unavailable',
          code: 'database_unavailable',
          message:
            'Chorus cannot reach its database right now. It keeps trying to reconnect; please try again in a minute.',
          details: { key: 'errors:auth.database', params: {} },
        });
      }
    } finally {
      await onServer((db) => db.query(`ALTER DATABASE "${t.databaseName}" ALLOW_CONNECTIONS true`));
    }
    await signedIn.api.get('/api/me').expect(200);
  });
});

describe('/api/docs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sends the XSRF header on writes tried from the docs page, so that they are not refused', async () => {
    const init = await t.http().get('/api/docs/swagger-ui-init.js').expect(200);
    expect(init.text).toContain('requestInterceptor');
    expect(init.text).toContain("request.headers['X-XSRF-TOKEN']");
  });
});
