import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import {
  NOTIFICATION_PREFERENCES_QUERY_KEY,
  notificationPreferencesQuery,
  type NotificationPreferences,
  type UpdateNotificationPreferencesBody,
} from './api/notification-queries';

/** My notification preferences. */
export function useNotificationPreferences() {
  return useQuery(notificationPreferencesQuery());
}

/** Saves my notification preferences; the answer is what is now saved. */
export function useUpdateNotificationPreferences() {
  return useMutation({
    mutationFn: (body: UpdateNotificationPreferencesBody) =>
      unwrap(api.PUT('/api/me/notification-preferences', { body })),
    meta: {
      setsData: (saved: NotificationPreferences) => [[NOTIFICATION_PREFERENCES_QUERY_KEY, saved]],
    },
  });
}
