import { onlineManager } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { mockApi, ok } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { makeFeedItem, makeFeedPage } from '../../test/sharing-factories';
import { SAVED_AT_HEADER } from '../../service-worker/protocol';
import { forgetSavedCopiesShown } from '../../lib/offline-status';

const SAVED_AT = '2026-12-07T09:00:00.000Z';
const moment = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
  new Date(SAVED_AT),
);

function setConnection(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

describe('the offline banner', () => {
  afterEach(() =>
    act(() => {
      forgetSavedCopiesShown();
      onlineManager.setOnline(true);
    }),
  );

  it('says the feed is a copy, and from when, when the service worker answers from its copies', async () => {
    mockApi({
      'GET /api/me': () => ok(makeUser({ name: 'Ada' })),
      'GET /api/feed': () =>
        ok(makeFeedPage([makeFeedItem({ title: 'Our new office' })]), {
          [SAVED_AT_HEADER]: SAVED_AT,
        }),
    });
    renderApp('/');

    const banner = await screen.findByRole('alert');
    expect(within(banner).getByText('Chorus cannot be reached')).toBeInTheDocument();
    expect(within(banner).getByText(`What you see is from ${moment}.`)).toBeInTheDocument();
    expect(
      within(banner).getByText('Sharing and the other pages need a connection.'),
    ).toBeVisible();
    expect(await screen.findByText('Our new office')).toBeInTheDocument();
  });

  it('says the portal is offline while the browser is, and goes away when it is back', async () => {
    mockApi({ 'GET /api/me': () => ok(makeUser({ name: 'Ada' })) });
    renderApp('/');
    await screen.findByRole('heading', { name: 'Welcome, Ada' });
    expect(screen.queryByText('You are offline')).not.toBeInTheDocument();

    setConnection(false);
    expect(screen.getByText('You are offline')).toBeInTheDocument();
    expect(screen.getByText('Sharing and the other pages need a connection.')).toBeInTheDocument();

    setConnection(true);
    expect(screen.queryByText('You are offline')).not.toBeInTheDocument();
  });

  it('says Chorus needs a connection to open, rather than loading forever, and opens once back online', async () => {
    let online = false;
    act(() => onlineManager.setOnline(false));
    mockApi({
      'GET /api/me': () => {
        if (!online) throw new TypeError('Failed to fetch');
        return ok(makeUser({ name: 'Ada' }));
      },
    });
    renderApp('/', { retry: true });

    expect(await screen.findByText('You are offline')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Chorus needs a connection to open. It opens by itself as soon as you are back online.',
      ),
    ).toBeInTheDocument();

    online = true;
    act(() => onlineManager.setOnline(true));
    expect(await screen.findByRole('heading', { name: 'Welcome, Ada' })).toBeInTheDocument();
  });
});
