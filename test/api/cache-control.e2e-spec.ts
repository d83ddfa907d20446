import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestApp, makeUser, signIn, TestApp } from '../support/test-app';

describe('caching of API answers', () => {
  let t: TestApp;
  let portalDir: string;

  beforeAll(async () => {
    portalDir = mkdtempSync(path.join(tmpdir(), 'chorus-portal-'));
    mkdirSync(path.join(portalDir, 'assets'));
    writeFileSync(path.join(portalDir, 'index.html'), '<!doctype html><title>Chorus</title>');
    writeFileSync(path.join(portalDir, 'assets', 'app-1a2b3c.js'), 'console.log("portal");');
    t = await createTestApp({}, { portalDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(portalDir, { recursive: true, force: true });
  });

  it('keeps personal answers out of every cache', async () => {
    const { agent } = await signIn(t, await makeUser(t));

    const me = await agent.get('/api/me').expect(200);
    const profile = await agent.get('/api/me/profile').expect(200);
    const myData = await agent.get('/api/me/export').expect(200);

    expect(me.headers['cache-control']).toBe('no-store');
    expect(profile.headers['cache-control']).toBe('no-store');
    expect(myData.headers['cache-control']).toBe('no-store');
  });

  it('keeps the answer to a sign-in, and errors, out of caches too', async () => {
    const user = await makeUser(t);
    const signedIn = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(200);
    const refused = await t.http().get('/api/me').expect(401);

    expect(signedIn.headers['cache-control']).toBe('no-store');
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it("leaves the portal's own files with the caching they had", async () => {
    const asset = await t.http().get('/assets/app-1a2b3c.js').expect(200);
    const page = await t.http().get('/people').expect(200);

    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(page.headers['cache-control']).toBe('no-cache');
  });
});
