import {
  CookieJar,
  issuerOf,
  signInAtOidcProvider,
  startOidcProvider,
  stop,
} from '../support/oidc';
import { freePort, Watched } from '../support/processes';
import { createTestApp, makeUser, signIn, TestApp } from '../support/test-app';
import { keptMailTo } from '../support/mail';

// Single sign-on through the real API, listening on a loopback port, against a real OpenID
// provider: start, sign in at the provider, come back through the callback with a session.

const CLIENT_ID = 'chorus';
const CLIENT_SECRET = 'sso-test-client-secret';

describe('single sign-on with OpenID Connect', () => {
  let provider: Watched;
  let t: TestApp;
  let base: string;
  let redirectUri: string;
  let appPort: number;
  let issuer: URL;

  beforeAll(async () => {
    appPort = await freePort();
    base = `http://127.0.0.1:${appPort}`;
    redirectUri = `${base}/api/auth/sso/callback`;
    provider = startOidcProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUris: [redirectUri],
      accounts: [
        {
          sub: 'idp-nora',
          email: 'Nora.New@Company.test',
          name: 'Nora New',
          department: 'Research',
        },
        { sub: 'idp-kim', email: 'kim.known@company.test', name: 'Kim From IdP' },
        { sub: 'idp-gone', email: 'gone@company.test', name: 'Gone Person' },
        // Claims an admin's address without the provider vouching for it.
        {
          sub: 'idp-unverified',
          email: 'boss@company.test',
          name: 'Not The Boss',
          email_verified: null,
        },
        // A second subject with Nora's address (e.g. a re-created account at the provider).
        { sub: 'idp-impostor', email: 'nora.new@company.test', name: 'Nora Again' },
      ],
    });
    issuer = await issuerOf(provider);
  });
  afterAll(() => stop(provider));

  // Who the provider has signed in is the organisation's: each test starts from an organisation
  // of its own, at the address the provider sends people back to.
  beforeEach(async () => {
    t = await createTestApp({
      OIDC_ISSUER: issuer.href,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_DEPARTMENT_CLAIM: 'department',
      CHORUS_PUBLIC_URL: base,
    });
    await t.app.listen(appPort, '127.0.0.1');
  });
  afterEach(() => t?.close());

  /** Goes through the whole round trip like a browser; returns the final redirect and cookies. */
  async function ssoAs(
    login: string,
    returnTo = '/',
    choice: 'consent' | 'cancel' = 'consent',
  ): Promise<{ location: string; jar: CookieJar }> {
    const jar = new CookieJar();
    const startUrl = new URL(`${base}/api/auth/sso/start?returnTo=${encodeURIComponent(returnTo)}`);
    const start = await fetch(startUrl, { redirect: 'manual' });
    expect(start.status).toBe(302);
    jar.store(start);
    const callback = await signInAtOidcProvider(
      new URL(start.headers.get('location')!),
      login,
      redirectUri,
      choice,
    );
    const back = await fetch(callback, {
      redirect: 'manual',
      headers: { cookie: jar.header(callback) },
    });
    expect(back.status).toBe(302);
    jar.store(back);
    return { location: back.headers.get('location')!, jar };
  }

  async function me(jar: CookieJar): Promise<{ status: number; body: { id: string } | null }> {
    const url = new URL(`${base}/api/me`);
    const response = await fetch(url, { headers: { cookie: jar.header(url) } });
    const body = response.status === 200 ? ((await response.json()) as { id: string }) : null;
    return { status: response.status, body };
  }

  it('offers SSO on the sign-in page only when configured', async () => {
    const response = await fetch(`${base}/api/auth/options`);
    expect(await response.json()).toEqual({ sso: true });
  });

  it('creates an unknown person as an employee on first sign-in, with the name and department from the provider', async () => {
    const admin = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    await admin.api.post('/api/groups/department', { name: 'Research' }).expect(201);

    const { location, jar } = await ssoAs('idp-nora', '/account');
    expect(location).toBe('/account');
    const { status, body } = await me(jar);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      email: 'nora.new@company.test',
      name: 'Nora New',
      roles: ['employee'],
      status: 'active',
      department: { name: 'Research' },
    });

    const audit = await admin.agent
      .get(`/api/audit?targetId=${body?.id}&action=person.sso_provisioned`)
      .expect(200);
    expect(audit.body.total).toBe(1);

    // The second time, the same person comes back: nobody new is created.
    const again = await ssoAs('idp-nora');
    expect((await me(again.jar)).body?.id).toBe(body?.id);
  });

  it('matches someone who already has an account by email, keeping their name and roles', async () => {
    const known = await makeUser(t, {
      email: 'kim.known@company.test',
      name: 'Kim Known',
      roles: ['curator', 'employee'],
    });
    const { jar } = await ssoAs('idp-kim');
    const { body } = await me(jar);
    expect(body).toMatchObject({ id: known.id, name: 'Kim Known', roles: ['curator', 'employee'] });
  });

  it('records linking an existing account to the provider', async () => {
    await makeUser(t, {
      email: 'kim.known@company.test',
      name: 'Kim Known',
      roles: ['curator', 'employee'],
    });
    await ssoAs('idp-kim');
    const admin = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    const linked = await admin.agent
      .get('/api/audit?action=person.sso_linked&search=kim.known@company.test')
      .expect(200);
    expect(linked.body.total).toBe(1);
  });

  it('never unlocks an existing account with an address the provider did not verify', async () => {
    const boss = await makeUser(t, { email: 'boss@company.test', roles: ['admin'] });
    const { location, jar } = await ssoAs('idp-unverified');
    expect(new URL(location, base).searchParams.get('sso_error')).toBe('email_unverified');
    expect((await me(jar)).status).toBe(401);
    const admin = await signIn(t, boss);
    const person = await admin.api.get(`/api/people/${boss.id}`).expect(200);
    expect(person.body.name).not.toBe('Not The Boss');
  });

  it('never moves an account to another subject that claims the same address', async () => {
    await ssoAs('idp-nora');
    const { location, jar } = await ssoAs('idp-impostor');
    expect(new URL(location, base).searchParams.get('sso_error')).toBe('already_linked');
    expect((await me(jar)).status).toBe(401);
    // The rightful subject still gets in.
    const rightful = await ssoAs('idp-nora');
    expect((await me(rightful.jar)).body).not.toBeNull();
  });

  it('answers a password reset request from someone who signs in only through SSO with how to sign in', async () => {
    await ssoAs('idp-nora');
    await t
      .http()
      .post('/api/auth/password-reset')
      .send({ email: 'nora.new@company.test' })
      .expect(202);
    const kept = await keptMailTo(t, 'nora.new@company.test');
    expect(kept.subject).toBe('How you sign in to Chorus');
    expect(kept.text).toMatch(/Choose “Sign in with SSO” there/);
    expect(kept.text).not.toMatch(/reset-password/);
  });

  it('sends a deactivated person back to the sign-in page with the reason, without a session', async () => {
    const admin = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    const gone = await makeUser(t, { email: 'gone@company.test' });
    await admin.api.post(`/api/people/${gone.id}/deactivate`).expect(200);

    const { location, jar } = await ssoAs('idp-gone');
    const target = new URL(location, base);
    expect(target.pathname).toBe('/sign-in');
    expect(target.searchParams.get('sso_error')).toBe('deactivated');
    expect((await me(jar)).status).toBe(401);
  });

  it('says so when the person cancels at the provider', async () => {
    const { location, jar } = await ssoAs('idp-nora', '/', 'cancel');
    expect(new URL(location, base).searchParams.get('sso_error')).toBe('provider_refused');
    expect((await me(jar)).status).toBe(401);
  });

  it('refuses a callback that was not started in this browser', async () => {
    const response = await fetch(`${base}/api/auth/sso/callback?code=stolen&state=forged`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get('location')!, base).searchParams.get('sso_error')).toBe(
      'expired',
    );
  });

  it('never redirects to another site after signing in', async () => {
    const response = await fetch(`${base}/api/auth/sso/start?returnTo=//evil.example/`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe(
      'returnTo must be a path on this site, like /people',
    );
  });
});

describe('without single sign-on configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('does not offer it and says so when started anyway', async () => {
    await t.http().get('/api/auth/options').expect(200, { sso: false });
    const response = await t.http().get('/api/auth/sso/start').expect(404);
    expect(response.body.message).toBe('Single sign-on is not configured on this Chorus.');
  });
});
