import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { verifyCsrf } from './csrf';

function request(overrides: {
  method?: string;
  cookie?: string;
  header?: string;
  origin?: string;
  host?: string;
}): FastifyRequest {
  return {
    method: overrides.method ?? 'POST',
    cookies: overrides.cookie ? { 'XSRF-TOKEN': overrides.cookie } : {},
    headers: {
      host: overrides.host ?? 'chorus.local:3000',
      ...(overrides.header ? { 'x-xsrf-token': overrides.header } : {}),
      ...(overrides.origin ? { origin: overrides.origin } : {}),
    },
  } as unknown as FastifyRequest;
}

const config = {} as AppConfig;

describe('verifyCsrf', () => {
  it('lets reads through without a token', () => {
    expect(() => verifyCsrf(request({ method: 'GET' }), config)).not.toThrow();
  });

  it('accepts a write whose header repeats the cookie, from the same site', () => {
    const same = request({ cookie: 'abc', header: 'abc', origin: 'http://chorus.local:3000' });
    expect(() => verifyCsrf(same, config)).not.toThrow();
  });

  it.each([
    ['no header', { cookie: 'abc' }],
    ['no cookie', { header: 'abc' }],
    ['a different value', { cookie: 'abc', header: 'abd' }],
    ['another site', { cookie: 'abc', header: 'abc', origin: 'https://evil.example' }],
    ['a malformed origin', { cookie: 'abc', header: 'abc', origin: 'null' }],
  ])('refuses a write with %s', (_, overrides) => {
    expect(() => verifyCsrf(request(overrides), config)).toThrow(
      expect.objectContaining({ code: 'csrf_rejected' }),
    );
  });

  it('compares the origin with CHORUS_PUBLIC_URL behind a proxy', () => {
    const behindProxy = { publicUrl: new URL('https://advocacy.example.com') } as AppConfig;
    const fromPublic = request({
      cookie: 'a',
      header: 'a',
      origin: 'https://advocacy.example.com',
      host: 'api:3000',
    });
    expect(() => verifyCsrf(fromPublic, behindProxy)).not.toThrow();
    const fromInternal = request({
      cookie: 'a',
      header: 'a',
      origin: 'http://api:3000',
      host: 'api:3000',
    });
    expect(() => verifyCsrf(fromInternal, behindProxy)).toThrow();
  });
});
