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
    writeFileSync(path.join(portalDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(path.join(portalDir, 'manifest.webmanifest'), '{"name":"Chorus"}');
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

  it('has browsers look for a new service worker and manifest every time, and lets both load', async () => {
    const worker = await t.http().get('/sw.js').expect(200);
    const manifest = await t.http().get('/manifest.webmanifest').expect(200);

    // Not cached for long: a new build's worker (and the copies it keeps) replaces the old at once.
    expect(worker.headers['cache-control']).toBe('no-cache');
    expect(worker.headers['content-type']).toMatch(/^application\/javascript/);
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    // The policy lets the page register a worker and read a manifest of its own origin only.
    const policy = String(worker.headers['content-security-policy']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/(worker-src|manifest-src) 'none'/);
  });
});
