/** Where the notifications page is, and my preferences for them. */
export const NOTIFICATIONS_PATH = '/notifications';
export const NOTIFICATION_PREFERENCES_PATH = '/profile/notifications';

/**
 * Where a notification leads: its link when it is a path of the portal, else the notifications
 * page (a link is the server's, but never leaves the portal from a click in the bell).
 */
export function notificationTarget(link: string): string {
  return link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/\\')
    ? link
    : NOTIFICATIONS_PATH;
}
