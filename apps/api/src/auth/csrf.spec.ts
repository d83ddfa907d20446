import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { verifyCsrf, verifyPublicWrite, xsrfTokenFor } from './csrf';

type SignedInRequest = FastifyRequest & { user: { sessionId: string } };

const config = { sessionSecret: 'a-secret-long-enough-to-sign-sessions' } as AppConfig;
const SESSION = '0b8f5a4e-2d7c-4f1e-9a53-6c2d1e8b7a90';
const TOKEN = xsrfTokenFor(SESSION, config);

function request(overrides: {
  method?: string;
  header?: string;
  origin?: string;
  host?: string;
  protocol?: 'http' | 'https';
  contentType?: string;
  fetchSite?: string;
}): SignedInRequest {
  return {
    method: overrides.method ?? 'POST',
    protocol: overrides.protocol ?? 'http',
    cookies: {},
    user: { sessionId: SESSION },
    headers: {
      host: overrides.host ?? 'chorus.local:3000',
      ...(overrides.header ? { 'x-xsrf-token': overrides.header } : {}),
      ...(overrides.origin ? { origin: overrides.origin } : {}),
      ...(overrides.contentType ? { 'content-type': overrides.contentType } : {}),
      ...(overrides.fetchSite ? { 'sec-fetch-site': overrides.fetchSite } : {}),
    },
  } as unknown as SignedInRequest;
}

const rejected = expect.objectContaining({ code: 'csrf_rejected' });

describe('xsrfTokenFor', () => {
  it('gives each session a token of its own, the same every time it is asked', () => {
    expect(xsrfTokenFor(SESSION, config)).toBe(TOKEN);
    expect(xsrfTokenFor('another-session', config)).not.toBe(TOKEN);
    expect(TOKEN).toMatch(/^[\w-]{32}$/);
  });

  it('depends on the session secret', () => {
    const other = { sessionSecret: 'another-secret-long-enough-to-sign' } as AppConfig;
    expect(xsrfTokenFor(SESSION, other)).not.toBe(TOKEN);
  });
});

describe('verifyCsrf', () => {
  it('lets reads through without a token', () => {
    expect(() => verifyCsrf(request({ method: 'GET' }), config)).not.toThrow();
  });

  it("accepts a write that carries its session's token, from the same site", () => {
    const same = request({ header: TOKEN, origin: 'http://chorus.local:3000' });
    expect(() => verifyCsrf(same, config)).not.toThrow();
  });

  it.each([
    ['no header', {}],
    ['a made-up token', { header: 'abc' }],
    ["another session's token", { header: xsrfTokenFor('another-session', config) }],
    ['another site', { header: TOKEN, origin: 'https://evil.example' }],
    ['a malformed origin', { header: TOKEN, origin: 'null' }],
    ['the right host but another scheme', { header: TOKEN, origin: 'https://chorus.local:3000' }],
    ['the right host but another port', { header: TOKEN, origin: 'http://chorus.local:3001' }],
  ])('refuses a write with %s', (_, overrides) => {
    expect(() => verifyCsrf(request(overrides), config)).toThrow(rejected);
  });

  it('takes the scheme the request came in on', () => {
    const overHttps = request({
      header: TOKEN,
      origin: 'https://chorus.local',
      host: 'chorus.local',
      protocol: 'https',
    });
    expect(() => verifyCsrf(overHttps, config)).not.toThrow();
    const downgraded = request({
      header: TOKEN,
      origin: 'http://chorus.local',
      host: 'chorus.local',
      protocol: 'https',
    });
    expect(() => verifyCsrf(downgraded, config)).toThrow(rejected);
  });

  it('compares the origin with CHORUS_PUBLIC_URL behind a proxy', () => {
    const behindProxy = { ...config, publicUrl: new URL('https://advocacy.example.com') };
    const fromPublic = request({
      header: TOKEN,
      origin: 'https://advocacy.example.com',
      host: 'api:3000',
    });
    expect(() => verifyCsrf(fromPublic, behindProxy)).not.toThrow();
    const fromInternal = request({ header: TOKEN, origin: 'http://api:3000', host: 'api:3000' });
    expect(() => verifyCsrf(fromInternal, behindProxy)).toThrow(rejected);
    const overHttp = request({
      header: TOKEN,
      origin: 'http://advocacy.example.com',
      host: 'api:3000',
    });
    expect(() => verifyCsrf(overHttp, behindProxy)).toThrow(rejected);
  });
});

describe('verifyPublicWrite', () => {
  it('accepts JSON from this site, or from a client that sends no Origin', () => {
    const json = 'application/json; charset=utf-8';
    const fromPortal = request({ contentType: json, origin: 'http://chorus.local:3000' });
    expect(() => verifyPublicWrite(fromPortal, config)).not.toThrow();
    expect(() => verifyPublicWrite(request({ contentType: json }), config)).not.toThrow();
  });

  it.each([
    ['a form', 'application/x-www-form-urlencoded'],
    ['a multipart form', 'multipart/form-data; boundary=x'],
    ['plain text', 'text/plain'],
    ['no content type', undefined],
  ])('refuses %s, which another site could post without asking', (_, contentType) => {
    expect(() => verifyPublicWrite(request({ contentType }), config)).toThrow(
      expect.objectContaining({ code: 'unsupported_media_type' }),
    );
  });

  it('refuses JSON that a browser says comes from another site', () => {
    const json = 'application/json';
    expect(() =>
      verifyPublicWrite(request({ contentType: json, origin: 'https://evil.example' }), config),
    ).toThrow(rejected);
    expect(() =>
      verifyPublicWrite(request({ contentType: json, fetchSite: 'cross-site' }), config),
    ).toThrow(rejected);
  });
});
