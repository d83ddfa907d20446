import { act, screen, waitFor, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { useFakeTime } from '../../test/fake-time';
import { mockApi, ok, reply } from '../../test/mock-api';
import { makeNotification, notificationsPage } from '../../test/notification-factories';
import { renderApp } from '../../test/render-app';
import type { Notification } from './api/notification-queries';

/**
 * A fake of the notifications API: the unread count follows `unread`, and marking read (one or
 * all) changes it, as the server would.
 */
function notificationsApi(initial: { unread: number; latest?: Notification[] }) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  let unread = initial.unread;
  const api = mockApi({
    'GET /api/me': () => ok(makeUser({ name: 'Ada Lovelace' })),
    'GET /api/notifications/unread-count': () => ok({ count: unread }),
    'GET /api/notifications': () => ok(notificationsPage(initial.latest ?? [])),
    'POST /api/notifications/read': ({ body }) => {
      unread = body.all ? 0 : Math.max(0, unread - (body.ids?.length ?? 0));
      return reply(204);
    },
  });
  return {
    ...api,
    setUnread: (count: number) => {
      unread = count;
    },
    countsAsked: () => api.requestsTo('GET', '/api/notifications/unread-count').length,
    marked: () => api.requestsTo('POST', '/api/notifications/read').map((r) => r.body),
  };
}

const header = () => screen.getByRole('banner');
const bell = (name: string | RegExp = /^Notifications/) =>
  within(header()).getByRole('button', { name });
async function findBell(name: string) {
  const button = await screen.findByRole('button', { name });
  expect(header()).toContainElement(button);
  return button;
}

describe('the notification bell', () => {
  it('shows how many notifications are unread, in words for a screen reader', async () => {
    notificationsApi({ unread: 3 });
    renderApp('/account');

    const button = await findBell('Notifications, 3 unread');
    expect(button).toHaveTextContent(/^3$/);
  });

  it('says 99+ above 99, and "more than 99" in words', async () => {
    notificationsApi({ unread: 100 });
    renderApp('/account');

    const button = await findBell('Notifications, more than 99 unread');
    expect(button).toHaveTextContent(/^99\+$/);
  });

  it('shows no badge when everything is read', async () => {
    notificationsApi({ unread: 0 });
    renderApp('/account');

    const button = await findBell('Notifications, none unread');
    expect(button).toHaveTextContent(/^$/);
  });

  it('asks for the count every minute', async () => {
    useFakeTime();
    const api = notificationsApi({ unread: 2 });
    renderApp('/account');
    await findBell('Notifications, 2 unread');
    const asked = api.countsAsked();

    api.setUnread(5);
    await act(() => vi.advanceTimersByTimeAsync(59_000));
    expect(api.countsAsked()).toBe(asked);
    expect(bell()).toHaveAccessibleName('Notifications, 2 unread');

    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(await findBell('Notifications, 5 unread')).toBeInTheDocument();
    expect(api.countsAsked()).toBe(asked + 1);
  });

  it('lists the latest notifications; marking all read empties the badge', async () => {
    const api = notificationsApi({
      unread: 2,
      latest: [
        makeNotification({ kind: 'content.new', params: { count: 4 } }),
        makeNotification({
          kind: 'content.new',
          params: { count: 1 },
          readAt: '2024-03-15T10:00:00.000Z',
        }),
      ],
    });
    const { user } = renderApp('/account');

    await user.click(await findBell('Notifications, 2 unread'));
    const menu = await screen.findByRole('menu');
    expect(
      await within(menu).findByRole('menuitem', { name: /Unread: 4 new posts to share/ }),
    ).toBeInTheDocument();
    expect(
      within(menu).getByRole('menuitem', { name: /^1 new post to share/ }),
    ).toBeInTheDocument();
    await user.click(within(menu).getByRole('menuitem', { name: 'Mark all as read' }));

    expect(await findBell('Notifications, none unread')).toHaveTextContent(/^$/);
    expect(api.marked()).toEqual([{ all: true }]);
  });

  it('opens a notification where it leads, and marks it read', async () => {
    const unread = makeNotification({ link: '/policy' });
    const api = notificationsApi({ unread: 1, latest: [unread] });
    const { user, router } = renderApp('/account');

    await user.click(await findBell('Notifications, 1 unread'));
    const menu = await screen.findByRole('menu');
    const items = await within(menu).findAllByRole('menuitem');
    await user.click(items[0]!);

    await waitFor(() => expect(router.state.location.pathname).toBe('/policy'));
    expect(api.marked()).toEqual([{ ids: [unread.id] }]);
    expect(await findBell('Notifications, none unread')).toBeInTheDocument();
    // The page it leads to is loaded when first opened: the test ends once it shows.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Social media policy' }),
    ).toBeInTheDocument();
  });

  it('goes to the notifications page from "See all"', async () => {
    notificationsApi({ unread: 0 });
    const { user, router } = renderApp('/account');

    await user.click(await findBell('Notifications, none unread'));
    await user.click(await screen.findByRole('menuitem', { name: 'See all notifications' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/notifications'));
    // The page is loaded when first opened: the test ends once it shows, not while it loads.
    expect(await screen.findByText('No notifications yet')).toBeInTheDocument();
  });
});
