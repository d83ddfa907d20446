import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { CONTENT_QUERY_KEY } from '../content/use-content-list';
import { TOPICS_QUERY_KEY } from './use-topics';

export function useDeleteTopic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/topics/{id}', { params: { path: { id } } });
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: TOPICS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: CONTENT_QUERY_KEY }),
      ]);
    },
  });
}
