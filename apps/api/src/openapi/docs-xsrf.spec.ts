import { XSRF_COOKIE, XSRF_HEADER } from '../auth/auth-cookies';
import { sendXsrfHeader } from './docs-xsrf';

describe("the API docs' request interceptor", () => {
  const withCookie = (cookie: string, run: () => void) => {
    (globalThis as unknown as { document?: { cookie: string } }).document = { cookie };
    try {
      run();
    } finally {
      delete (globalThis as unknown as { document?: unknown }).document;
    }
  };
  const headerNames = (headers: Record<string, string>) =>
    Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

  it('sends the XSRF cookie back in the XSRF header on writes', () => {
    withCookie(`chorus_session=s; ${XSRF_COOKIE}=abc%2F123; other=x`, () => {
      for (const method of ['POST', 'put', 'PATCH', 'DELETE']) {
        const request = sendXsrfHeader({ method, headers: { accept: 'application/json' } });
        expect(headerNames(request.headers)).toEqual({
          accept: 'application/json',
          [XSRF_HEADER]: 'abc/123',
        });
      }
    });
  });

  it('leaves reads alone, and writes when there is no token to send', () => {
    withCookie(`${XSRF_COOKIE}=abc`, () => {
      expect(sendXsrfHeader({ method: 'GET', headers: {} }).headers).toEqual({});
    });
    withCookie('chorus_session=s', () => {
      expect(sendXsrfHeader({ method: 'POST', headers: {} }).headers).toEqual({});
    });
  });
});
