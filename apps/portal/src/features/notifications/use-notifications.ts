import { useQuery } from '@tanstack/react-query';
import { notificationsQuery } from './api/notification-queries';

/** A page of my notifications, newest first. */
export function useNotifications(page: number, pageSize: number) {
  return useQuery(notificationsQuery(page, pageSize));
}
