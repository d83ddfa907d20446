import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { paths } from '../../../api/schema';

type JsonOf<Answer> = Answer extends { content: { 'application/json': infer Body } } ? Body : never;

/** A page of my notifications, newest first. */
export type NotificationsPage = JsonOf<paths['/api/notifications']['get']['responses'][200]>;
export type Notification = NotificationsPage['items'][number];
/** What `POST /api/notifications/read` takes: some notifications by id, or all of them. */
export type MarkReadBody = NonNullable<
  paths['/api/notifications/read']['post']['requestBody']
>['content']['application/json'];
/** How I hear of each kind, my digest and my quiet hours. */
export type NotificationPreferences = JsonOf<
  paths['/api/me/notification-preferences']['get']['responses'][200]
>;
export type UpdateNotificationPreferencesBody = NonNullable<
  paths['/api/me/notification-preferences']['put']['requestBody']
>['content']['application/json'];

/** Everything under this root is about my notifications: marking read makes it all stale. */
export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;
export const UNREAD_COUNT_QUERY_KEY = [...NOTIFICATIONS_QUERY_KEY, 'unread-count'] as const;
export const NOTIFICATION_PREFERENCES_QUERY_KEY = ['notification-preferences'] as const;

/** How often the bell asks for the unread count while the portal is open. */
export const UNREAD_COUNT_INTERVAL_MS = 60_000;

/** The API counts unread notifications up to this many; the bell says "99+" from 100. */
export const UNREAD_COUNT_CAP = 100;

/**
 * How many notifications I have not read (at most `UNREAD_COUNT_CAP`): asked every minute, and
 * again when the window comes back into focus, so the bell is current without a reload.
 */
export const unreadCountQuery = () =>
  queryOptions({
    queryKey: UNREAD_COUNT_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/notifications/unread-count')),
    refetchInterval: UNREAD_COUNT_INTERVAL_MS,
    refetchOnWindowFocus: true,
  });

/** One page of my notifications, newest first. */
export const notificationsQuery = (page: number, pageSize: number) =>
  queryOptions({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, 'list', { page, pageSize }] as const,
    queryFn: () => unwrap(api.GET('/api/notifications', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
  });

/** My notification preferences, for the kinds of my audience. */
export const notificationPreferencesQuery = () =>
  queryOptions({
    queryKey: NOTIFICATION_PREFERENCES_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/me/notification-preferences')),
  });
