import { screen, waitFor } from '@testing-library/react';
import { FakeCacheStorage } from '../../test/fake-caches';
import { makeUser } from '../../test/factories';
import { apiError, mockApi, ok, reply } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { startOfflineCopiesFor } from '../../service-worker/offline-copies';
import { OWNER_ENTRY, PERSONAL_CACHE } from '../../service-worker/protocol';

const FEED_COPY = 'http://portal.test/api/feed?limit=12';

/** The browser's caches, holding a copy of Ada's feed for reading offline. */
async function cachesWithAdasFeed(): Promise<FakeCacheStorage> {
  const caches = new FakeCacheStorage();
  await startOfflineCopiesFor(caches.asCacheStorage(), 'ada');
  await (await caches.open(PERSONAL_CACHE)).put(FEED_COPY, new Response('{"items":[]}'));
  vi.stubGlobal('caches', caches);
  return caches;
}

describe('the copies kept for reading offline, at sign-out and sign-in', () => {
  it('are forgotten when the person signs out', async () => {
    const caches = await cachesWithAdasFeed();
    mockApi({
      'GET /api/me': () => ok(makeUser({ id: 'ada', name: 'Ada' })),
      'POST /api/auth/logout': () => reply(204),
    });
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    await screen.findByRole('heading', { name: 'Sign in to Chorus' });
    await waitFor(() => expect(caches.urlsIn(PERSONAL_CACHE)).toBeUndefined());
  });

  it('are started afresh for whoever signs in, without anything of the person before', async () => {
    const caches = await cachesWithAdasFeed();
    const grace = makeUser({ id: 'grace', name: 'Grace' });
    mockApi({
      'GET /api/me': () => apiError(401, 'Please sign in.'),
      'POST /api/auth/login': () => ok(grace),
    });
    const { user } = renderApp('/sign-in');

    await user.type(await screen.findByLabelText('Email'), 'grace@example.com');
    await user.type(screen.getByLabelText('Password'), 'a password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('heading', { name: 'Welcome, Grace' });
    expect(caches.urlsIn(PERSONAL_CACHE)).toEqual([`http://portal.test${OWNER_ENTRY}`]);
    const owner = await (await caches.open(PERSONAL_CACHE)).match(OWNER_ENTRY);
    await expect(owner?.text()).resolves.toBe('grace');
  });

  it('are forgotten when the session turns out to have expired', async () => {
    const caches = await cachesWithAdasFeed();
    let signedIn = true;
    mockApi({
      'GET /api/me': () => ok(makeUser({ id: 'ada', name: 'Ada', roles: ['admin'] })),
      'GET /api/people': () =>
        signedIn
          ? ok({ items: [], total: 0, page: 1, pageSize: 25 })
          : apiError(401, 'Your session has expired.'),
    });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Welcome, Ada' });

    signedIn = false;
    await user.click(screen.getByRole('link', { name: 'People' }));

    await screen.findByRole('heading', { name: 'Sign in to Chorus' });
    await waitFor(() => expect(caches.urlsIn(PERSONAL_CACHE)).toBeUndefined());
  });
});
