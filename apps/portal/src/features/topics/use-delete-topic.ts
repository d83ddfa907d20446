import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { TOPICS_QUERY_KEY } from './api/topic-queries';
import { QUERY_ROOTS } from '../../lib/query-roots';

export function useDeleteTopic() {
  return useMutation({
    mutationFn: async (id: string) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/topics/{id}', { params: { path: { id } } });
    },
    meta: { invalidates: [TOPICS_QUERY_KEY, QUERY_ROOTS.content] },
  });
}
