import { NOTIFICATION_KIND_RULES, NOTIFICATION_KINDS, hasAnyRole, type Role } from '@chorus/core';
import type {
  Notification,
  NotificationPreferences,
} from '../features/notifications/api/notification-queries';

/** Factories for notifications and notification preferences, as the API answers them. */

let sequence = 0;

export const NOTIFIED_AT = '2024-03-15T09:30:00.000Z';

/** An unread "new posts to share" notification leading to the feed. */
export function makeNotification(overrides: Partial<Notification> = {}): Notification {
  sequence += 1;
  return {
    id: `00000000-0000-4000-e100-${String(sequence).padStart(12, '0')}`,
    kind: 'content.new',
    params: { count: 3 },
    link: '/',
    createdAt: NOTIFIED_AT,
    readAt: null,
    ...overrides,
  };
}

/** A page of notifications: all of `items`, unless `total` says there are more. */
export function notificationsPage(
  items: Notification[],
  { total = items.length, page = 1, pageSize = 20 } = {},
) {
  return { items, total, page, pageSize };
}

/**
 * The preferences of a person holding `roles` who has chosen nothing: each kind of their
 * audience on its default channel (but those in `off`, which the API leaves out), the weekly
 * digest on Monday at 9, no quiet hours, the organisation's time zone.
 */
export function makePreferences(
  roles: readonly Role[] = ['employee'],
  overrides: Partial<NotificationPreferences> = {},
): NotificationPreferences {
  const off = overrides.off ?? [];
  const kinds = NOTIFICATION_KINDS.filter(
    (kind) => hasAnyRole(roles, NOTIFICATION_KIND_RULES[kind].audience) && !off.includes(kind),
  );
  return {
    channels: Object.fromEntries(
      kinds.map((kind) => [kind, NOTIFICATION_KIND_RULES[kind].defaultChannel]),
    ),
    off: [],
    digest: { frequency: 'weekly', weekday: 1, hour: 9 },
    quietHours: null,
    timeZone: null,
    ...overrides,
  };
}
