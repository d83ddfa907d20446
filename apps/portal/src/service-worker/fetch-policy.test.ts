import { fetchPolicy, type FetchPolicy } from './fetch-policy';

const ORIGIN = 'https://chorus.example';
const SHELL = new Set(['/index.html', '/assets/index-abc123.js', '/icons/icon-192.png']);

const policyOf = (method: string, path: string, mode = 'cors') =>
  fetchPolicy({ method, url: new URL(path, ORIGIN).href, mode }, ORIGIN, SHELL);

describe("the service worker's choice of how to answer a request", () => {
  it.each<[string, string, string, FetchPolicy]>([
    ['GET', '/', 'navigate', 'app-page'],
    ['GET', '/content/42?tab=variants', 'navigate', 'app-page'],
    ['GET', '/assets/index-abc123.js', 'cors', 'shell-file'],
    ['GET', '/icons/icon-192.png', 'no-cors', 'shell-file'],
    ['GET', '/assets/from-an-older-build.js', 'cors', 'network'],
    ['GET', '/api/me', 'cors', 'offline-copy'],
    ['GET', '/api/feed?limit=12', 'cors', 'offline-copy'],
    ['GET', '/api/feed?limit=12&kind=article', 'cors', 'offline-copy'],
    ['GET', '/api/me/topics', 'cors', 'offline-copy'],
  ])('%s %s (%s): %s', (method, path, mode, expected) => {
    expect(policyOf(method, path, mode)).toBe(expected);
  });

  it.each([
    ['a later page of the feed', 'GET', '/api/feed?cursor=abc&limit=12'],
    ['another API route', 'GET', '/api/people'],
    ['a share link being made', 'POST', '/api/feed/42/share-links'],
    ['a change to the profile', 'PATCH', '/api/me/profile'],
    ['signing in', 'POST', '/api/auth/login'],
    ['signing out', 'POST', '/api/auth/logout'],
    ['the identity provider coming back', 'GET', '/api/auth/oidc/callback?code=1'],
  ])('leaves %s to the network, never kept', (_what, method, path) => {
    expect(policyOf(method, path)).toBe('network');
  });

  it.each(['/r/abc123', '/unsubscribe/token', '/api/auth/oidc/start'])(
    'never answers the server page %s with the portal, even when navigated to',
    (path) => {
      expect(policyOf('GET', path, 'navigate')).toBe('network');
    },
  );

  it('leaves other origins alone', () => {
    const url = 'https://www.linkedin.com/feed/?shareActive=true';
    expect(fetchPolicy({ method: 'GET', url, mode: 'navigate' }, ORIGIN, SHELL)).toBe('network');
  });
});
