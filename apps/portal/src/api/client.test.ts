import { makeUser } from '../test/factories';
import { mockApi, ok, reply } from '../test/mock-api';
import { ApiError } from './api-error';
import { createApiClient, unwrap } from './client';
import { readCookie } from './cookies';
import { createI18n } from '../i18n';

describe('API client', () => {
  beforeEach(() => {
    document.cookie = 'theme=dark; path=/';
    document.cookie = 'XSRF-TOKEN=abc%3D123; path=/';
  });

  it('sends the XSRF-TOKEN cookie as X-XSRF-TOKEN on writes', async () => {
    const api = mockApi({
      'POST /api/auth/login': () => ok(makeUser()),
      'POST /api/auth/logout': () => reply(204),
      'PATCH /api/me': () => ok(makeUser()),
    });
    const client = createApiClient();

    await client.POST('/api/auth/login', { body: { email: 'a@example.com', password: 'pw' } });
    await client.POST('/api/auth/logout');
    await client.PATCH('/api/me', { body: { language: 'nl' } });

    expect(api.requests.map((request) => request.headers.get('X-XSRF-TOKEN'))).toEqual([
      'abc=123',
      'abc=123',
      'abc=123',
    ]);
  });

  it("asks for answers in the portal's language, following a change of language", async () => {
    const api = mockApi({ 'GET /api/me': () => ok(makeUser()) });
    const i18n = createI18n('nl', { document });
    const client = createApiClient();

    await client.GET('/api/me');
    await i18n.changeLanguage('en');
    await client.GET('/api/me');

    expect(api.requests.map((request) => request.headers.get('Accept-Language'))).toEqual([
      'nl',
      'en',
    ]);
  });

  it('does not send the CSRF header on reads', async () => {
    const api = mockApi({ 'GET /api/me': () => ok(makeUser()) });

    await createApiClient().GET('/api/me');

    expect(api.requests[0]?.headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('sends no CSRF header when there is no token cookie yet', async () => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    const api = mockApi({ 'POST /api/auth/login': () => ok(makeUser()) });

    await createApiClient().POST('/api/auth/login', { body: { email: 'a@b.c', password: 'pw' } });

    expect(api.requests[0]?.headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('calls the same origin with same-origin credentials', async () => {
    const api = mockApi({ 'GET /api/me': () => ok(makeUser()) });

    await createApiClient().GET('/api/me');

    expect(api.requests[0]?.url.origin).toBe(window.location.origin);
    expect(api.requests[0]?.credentials).toBe('same-origin');
  });

  it('returns the data of a successful answer', async () => {
    const ada = makeUser({ name: 'Ada' });
    mockApi({ 'GET /api/me': () => ok(ada) });

    await expect(unwrap(createApiClient().GET('/api/me'))).resolves.toEqual(ada);
  });

  it("throws an ApiError with the status and the server's message", async () => {
    mockApi({
      'POST /api/auth/login': () =>
        reply(429, {
          statusCode: 429,
          error: 'Too Many Requests',
          message: 'Too many attempts. Wait a minute.',
          code: 'too_many_attempts',
          details: { key: 'errors:auth.tooManyAttempts', params: { count: 1 } },
        }),
    });

    const failure = createApiClient().POST('/api/auth/login', {
      body: { email: 'a@example.com', password: 'pw' },
    });

    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({
      status: 429,
      message: 'Too many attempts. Wait a minute.',
      serverMessage: 'Too many attempts. Wait a minute.',
      error: 'Too Many Requests',
      code: 'too_many_attempts',
    });
  });

  it('throws an ApiError without a server message when the body is not the error shape', async () => {
    mockApi({ 'GET /api/me': () => new Response('<h1>Bad gateway</h1>', { status: 502 }) });

    await expect(createApiClient().GET('/api/me')).rejects.toMatchObject({
      status: 502,
      serverMessage: undefined,
    });
  });
});

describe('readCookie', () => {
  it('finds one cookie among several and decodes it', () => {
    expect(readCookie('a=1; XSRF-TOKEN=x%2By; b=2', 'XSRF-TOKEN')).toBe('x+y');
    expect(readCookie('XSRF-TOKEN-OLD=1', 'XSRF-TOKEN')).toBeUndefined();
    expect(readCookie('', 'XSRF-TOKEN')).toBeUndefined();
  });
});
