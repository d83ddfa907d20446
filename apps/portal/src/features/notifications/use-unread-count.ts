import { useQuery } from '@tanstack/react-query';
import { unreadCountQuery } from './api/notification-queries';

/** How many notifications I have not read, kept current by a poll (see `unreadCountQuery`). */
export function useUnreadCount() {
  return useQuery(unreadCountQuery());
}
