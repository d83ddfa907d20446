import { JwtService } from '@nestjs/jwt';
import {
  cookieValue,
  createTestApp,
  makeUser,
  signIn,
  signInCookies,
  TestApp,
} from '../support/test-app';

describe('signing in and out', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in with email and password, sets an httpOnly session cookie and a readable XSRF cookie', async () => {
    const user = await makeUser(t, { name: 'Cora Curator', roles: ['curator', 'employee'] });

    const response = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email.toUpperCase(), password: user.password })
      .expect(200);

    expect(response.body).toEqual({
      id: user.id,
      email: user.email,
      name: 'Cora Curator',
      roles: ['curator', 'employee'],
      status: 'active',
      language: 'en',
      languageChosen: false,
      department: null,
      location: null,
      lastSignInAt: expect.any(String),
      createdAt: expect.any(String),
    });
    const cookies: string[] = response.headers['set-cookie'] as unknown as string[];
    const session = cookies.find((c) => c.startsWith('chorus_session='));
    const xsrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(xsrf).not.toMatch(/HttpOnly/i);
  });

  it('answers GET /api/me with the signed-in person and their roles', async () => {
    const user = await makeUser(t, { roles: ['analyst'] });
    const { agent } = await signIn(t, user);

    const me = await agent.get('/api/me').expect(200);

    expect(me.body).toMatchObject({ id: user.id, email: user.email, roles: ['analyst'] });
  });

  it('refuses /api/me without a session', async () => {
    const response = await t.http().get('/api/me').expect(401);
    expect(response.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      code: 'not_signed_in',
      message: 'You are not signed in, or your session has ended. Sign in again.',
      details: { key: 'errors:auth.notSignedIn', params: {} },
    });
  });

  it('gives the same 401 for an unknown email and a wrong password', async () => {
    const user = await makeUser(t);
    const wrongPassword = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: 'not-the-password' })
      .expect(401);
    const unknownEmail = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody@chorus.test', password: 'whatever-it-is' })
      .expect(401);

    expect(wrongPassword.body).toEqual(unknownEmail.body);
    expect(wrongPassword.body.message).toBe('Email or password is incorrect.');
  });

  it('says what is wrong with a malformed sign-in, as a 400', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'not-an-email' })
      .expect(400);
    expect(response.body.message).toContain('email must be an email address');
    expect(response.body.message).toContain('password must not be empty');
  });

  it('signs out: the same cookie no longer works, at once', async () => {
    const user = await makeUser(t);
    const { agent, xsrf } = await signIn(t, user);
    const cookieJar = await agent.get('/api/me').expect(200);
    expect(cookieJar.body.id).toBe(user.id);

    await agent.post('/api/auth/logout').set('X-XSRF-TOKEN', xsrf).expect(204);

    await agent.get('/api/me').expect(401);
  });

  it('ends the sessions of a deactivated person on their next request', async () => {
    const user = await makeUser(t);
    const { agent } = await signIn(t, user);
    await agent.get('/api/me').expect(200);

    await deactivate(t, user.id);

    await agent.get('/api/me').expect(401);
    const again = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password });
    expect(again.status).toBe(403);
    expect(again.body.code).toBe('account_deactivated');
  });

  it('renews a token past half its life while the session is in use', async () => {
    const { token } = await signInCookies(t, await makeUser(t));
    const jwt = t.app.get(JwtService);
    const { sub, sid } = jwt.decode<{ sub: string; sid: string }>(token);
    const ageing = await jwt.signAsync({ sub, sid }, { expiresIn: 60 });

    const response = await t
      .http()
      .get('/api/me')
      .set('Cookie', `chorus_session=${ageing}`)
      .expect(200);

    const fresh = jwt.decode<{ exp: number; sid: string }>(cookieValue(response, 'chorus_session'));
    expect(fresh.sid).toBe(sid);
    expect(fresh.exp * 1000 - Date.now()).toBeGreaterThan(14 * 60 * 1000);
  });

  it('rate-limits repeated failures with a 429 that says when to try again', async () => {
    const user = await makeUser(t);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: `wrong-${attempt}` })
        .expect(401);
    }

    const blocked = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password });

    expect(blocked.status).toBe(429);
    // Until the first failure is 15 minutes old, counted in seconds.
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expect(blocked.body.message).toMatch(/^Too many failed sign-in attempts\. Wait 15 minutes/);
  });
});

describe('CSRF protection of signed-in writes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses a write without the X-XSRF-TOKEN header', async () => {
    const { agent } = await signIn(t, await makeUser(t));
    const response = await agent.patch('/api/me').send({ name: 'Changed' }).expect(403);
    expect(response.body.code).toBe('csrf_rejected');
  });

  it('refuses a write whose header does not match the cookie', async () => {
    const { agent } = await signIn(t, await makeUser(t));
    await agent
      .patch('/api/me')
      .set('X-XSRF-TOKEN', 'forged')
      .send({ name: 'Changed' })
      .expect(403);
  });

  it('refuses a write from another site even with the right token', async () => {
    const { agent, xsrf } = await signIn(t, await makeUser(t));
    const response = await agent
      .patch('/api/me')
      .set('X-XSRF-TOKEN', xsrf)
      .set('Origin', 'https://evil.example')
      .send({ name: 'Changed' })
      .expect(403);
    expect(response.body.message).toContain('https://evil.example');
  });

  it('gives back a missing XSRF cookie on the next signed-in read, so writes work again', async () => {
    const { session } = await signInCookies(t, await makeUser(t));

    const me = await t.http().get('/api/me').set('Cookie', session).expect(200);

    const xsrf = cookieValue(me, 'XSRF-TOKEN');
    expect(xsrf).toMatch(/^[\w-]{32}$/);
    await t
      .http()
      .patch('/api/me')
      .set('Cookie', `${session}; XSRF-TOKEN=${xsrf}`)
      .set('X-XSRF-TOKEN', xsrf)
      .send({ language: 'nl' })
      .expect(200);
  });

  it("refuses another session's token, even with that session's cookie beside it", async () => {
    const victim = await signInCookies(t, await makeUser(t));
    const attacker = await signInCookies(t, await makeUser(t));

    const response = await t
      .http()
      .patch('/api/me')
      .set('Cookie', `${victim.session}; XSRF-TOKEN=${attacker.xsrf}`)
      .set('X-XSRF-TOKEN', attacker.xsrf)
      .send({ name: 'Changed' })
      .expect(403);
    expect(response.body.code).toBe('csrf_rejected');
  });

  it('gives each sign-in a new token: the one from before signing out no longer works', async () => {
    const user = await makeUser(t);
    const before = await signIn(t, user);
    await before.agent.post('/api/auth/logout').set('X-XSRF-TOKEN', before.xsrf).expect(204);

    const after = await signIn(t, user);

    expect(after.xsrf).not.toBe(before.xsrf);
    await after.agent
      .patch('/api/me')
      .set('X-XSRF-TOKEN', before.xsrf)
      .send({ name: 'Changed' })
      .expect(403);
    await after.agent
      .patch('/api/me')
      .set('X-XSRF-TOKEN', after.xsrf)
      .send({ name: 'Changed' })
      .expect(200);
  });

  it('replaces an XSRF cookie that belongs to no session on the next signed-in read', async () => {
    const { session, xsrf } = await signInCookies(t, await makeUser(t));

    const me = await t
      .http()
      .get('/api/me')
      .set('Cookie', `${session}; XSRF-TOKEN=left-over-from-before`)
      .expect(200);

    expect(cookieValue(me, 'XSRF-TOKEN')).toBe(xsrf);
  });

  it('refuses a write whose Origin names this host over another scheme', async () => {
    const { agent, xsrf } = await signIn(t, await makeUser(t));
    const response = await agent
      .patch('/api/me')
      .set('Host', 'chorus.test')
      .set('Origin', 'https://chorus.test')
      .set('X-XSRF-TOKEN', xsrf)
      .send({ name: 'Changed' })
      .expect(403);
    expect(response.body.message).toContain('https://chorus.test');
    await agent
      .patch('/api/me')
      .set('Host', 'chorus.test')
      .set('Origin', 'http://chorus.test')
      .set('X-XSRF-TOKEN', xsrf)
      .send({ name: 'Changed' })
      .expect(200);
  });

  it('accepts a write with the matching header', async () => {
    const user = await makeUser(t);
    const { agent, xsrf } = await signIn(t, user);
    const response = await agent
      .patch('/api/me')
      .set('X-XSRF-TOKEN', xsrf)
      .send({ name: '  Renamed Person ', language: 'nl' })
      .expect(200);
    expect(response.body).toMatchObject({ name: 'Renamed Person', language: 'nl' });
  });
});

describe('CSRF protection of sign-in and other public writes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['a form', 'application/x-www-form-urlencoded'],
    ['plain text', 'text/plain'],
  ])('refuses a sign-in sent as %s, which any page could post', async (_, contentType) => {
    const user = await makeUser(t);
    const body =
      contentType === 'text/plain'
        ? JSON.stringify({ email: user.email, password: user.password })
        : new URLSearchParams({ email: user.email, password: user.password }).toString();

    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', contentType)
      .send(body)
      .expect(415);

    expect(response.body.message).toBe(
      'Send this request as JSON, with the header Content-Type: application/json.',
    );
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a form-encoded password reset as well', async () => {
    await t
      .http()
      .post('/api/auth/password-reset')
      .type('form')
      .send({ email: 'someone@chorus.test' })
      .expect(415);
  });

  it('refuses a JSON sign-in from another site', async () => {
    const user = await makeUser(t);
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Origin', 'https://evil.example')
      .send({ email: user.email, password: user.password })
      .expect(403);
    expect(response.body.code).toBe('csrf_rejected');
  });
});

/**
 * Marks a person deactivated and nothing else, in SQL on purpose: deactivating through the
 * people service also revokes their sessions, and this test checks that the status alone ends
 * them.
 */
async function deactivate(t: TestApp, userId: string): Promise<void> {
  const { DataSource } = await import('typeorm');
  await t.app
    .get(DataSource)
    .query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [userId]);
}
