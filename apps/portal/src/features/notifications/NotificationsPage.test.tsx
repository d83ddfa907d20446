import { screen, waitFor, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { FAKE_TIME_USER_EVENTS, useFakeTime } from '../../test/fake-time';
import { mockApi, ok, reply } from '../../test/mock-api';
import {
  NOTIFIED_AT,
  makeNotification,
  notificationsPage,
} from '../../test/notification-factories';
import { renderPage } from '../../test/render-page';
import type { Notification } from './api/notification-queries';
import { NOTIFICATIONS_PAGE_SIZE, NotificationsPage } from './NotificationsPage';

/** A fake of the notifications API over `items`; marking read changes them, as the server would. */
function notificationsApi(items: Notification[], total = items.length) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  let notifications = items;
  const unread = () => notifications.filter((item) => item.readAt === null).length;
  const api = mockApi({
    'GET /api/notifications': ({ query }) =>
      ok(
        notificationsPage(notifications, {
          total,
          page: Number(query.page ?? 1),
          pageSize: Number(query.pageSize ?? 20),
        }),
      ),
    'GET /api/notifications/unread-count': () => ok({ count: unread() }),
    'POST /api/notifications/read': ({ body }) => {
      const readAt = '2024-03-16T08:00:00.000Z';
      notifications = notifications.map((item) =>
        body.all || body.ids?.includes(item.id) ? { ...item, readAt } : item,
      );
      return reply(204);
    },
  });
  return {
    ...api,
    marked: () => api.requestsTo('POST', '/api/notifications/read').map((r) => r.body),
  };
}

const list = () => screen.findByRole('list');

describe('the notifications page', () => {
  it('lists my notifications, the unread ones marked', async () => {
    notificationsApi([
      makeNotification({ params: { count: 2 } }),
      makeNotification({ params: { count: 1 }, readAt: '2024-03-15T10:00:00.000Z' }),
    ]);
    renderPage(NotificationsPage, { path: '/notifications' });

    const items = within(await list()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Unread: /),
      expect.not.stringMatching(/Unread/),
    ]);
    expect(items[0]).toHaveTextContent('Mar 15, 2024');
  });

  it('says how long ago a recent notification came, and the moment on hover', async () => {
    useFakeTime();
    vi.setSystemTime(new Date(Date.parse(NOTIFIED_AT) + 3 * 60 * 60 * 1000 + 60_000));
    notificationsApi([makeNotification()]);
    renderPage(NotificationsPage, { path: '/notifications', userEvent: FAKE_TIME_USER_EVENTS });

    const [item] = within(await list()).getAllByRole('listitem');
    const time = within(item!).getByText('3 hours ago');
    expect(time).toHaveAttribute('datetime', NOTIFIED_AT);
    expect(time).toHaveAttribute('title', expect.stringContaining('Mar 15, 2024'));
  });

  it('asks for one page at a time', async () => {
    const api = notificationsApi([makeNotification()], 45);
    const { user } = renderPage(NotificationsPage, { path: '/notifications' });
    await list();

    await user.click(screen.getByRole('button', { name: 'Next page' }));

    await waitFor(() =>
      expect(api.requestsTo('GET', '/api/notifications').at(-1)?.url.searchParams.get('page')).toBe(
        '2',
      ),
    );
    expect(
      api.requestsTo('GET', '/api/notifications').at(-1)?.url.searchParams.get('pageSize'),
    ).toBe(String(NOTIFICATIONS_PAGE_SIZE));
  });

  it('opens a notification where it leads, and marks it read', async () => {
    const unread = makeNotification({ link: '/policy' });
    const api = notificationsApi([unread]);
    const { user, router } = renderPage(NotificationsPage, { path: '/notifications' });

    await user.click(within(await list()).getByRole('button'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/policy'));
    expect(api.marked()).toEqual([{ ids: [unread.id] }]);
  });

  it('marks all as read', async () => {
    const api = notificationsApi([makeNotification(), makeNotification()]);
    const { user } = renderPage(NotificationsPage, { path: '/notifications' });
    await list();
    const markAll = screen.getByRole('button', { name: 'Mark all as read' });
    await waitFor(() => expect(markAll).toBeEnabled());

    await user.click(markAll);

    await waitFor(() =>
      expect(within(screen.getByRole('list')).queryByText(/Unread/)).not.toBeInTheDocument(),
    );
    expect(api.marked()).toEqual([{ all: true }]);
    expect(markAll).toBeDisabled();
  });

  it('says what will appear here while there is nothing', async () => {
    notificationsApi([]);
    renderPage(NotificationsPage, { path: '/notifications' });

    expect(await screen.findByText('No notifications yet')).toBeInTheDocument();
    expect(
      screen.getByText(/new posts to share, items waiting for your review/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Notification preferences' })).toHaveAttribute(
      'href',
      '/profile/notifications',
    );
  });

  it('says why an item was rejected', async () => {
    notificationsApi([
      makeNotification({
        kind: 'content.decided',
        params: {
          title: 'Q3 results',
          decision: 'rejected',
          reason: 'The figures are not public yet',
        },
        link: '/content/00000000-0000-4000-8000-000000000007',
      }),
    ]);
    renderPage(NotificationsPage, { path: '/notifications' });

    const [item] = within(await list()).getAllByRole('listitem');
    expect(item).toHaveTextContent('“Q3 results” was rejected: The figures are not public yet');
  });

  it('says a notification in the reader’s language', async () => {
    notificationsApi([makeNotification({ kind: 'content.new', params: { count: 3 } })]);
    renderPage(NotificationsPage, {
      path: '/notifications',
      user: makeUser({ language: 'da' }),
      language: 'da',
    });

    const [item] = within(await list()).getAllByRole('listitem');
    expect(item).toHaveTextContent('Ulæst: 3 nye opslag at dele');
  });
});
