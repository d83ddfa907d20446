import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { NOTIFICATIONS_QUERY_KEY, type MarkReadBody } from './api/notification-queries';

/**
 * Marks some of my notifications read, or all of them: the bell's count and the lists follow
 * (everything under the notifications root is refetched).
 */
export function useMarkRead() {
  return useMutation({
    mutationFn: async (body: MarkReadBody) => {
      await api.POST('/api/notifications/read', { body });
    },
    meta: { invalidates: [NOTIFICATIONS_QUERY_KEY] },
  });
}
