import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { CONTENT_QUERY_KEY } from '../content/use-content-list';
import { TOPICS_QUERY_KEY } from './use-topics';

export function useRenameTopic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      unwrap(api.PATCH('/api/topics/{id}', { params: { path: { id } }, body: { name } })),
    onSuccess: async () => {
      // Items show their topics by name.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: TOPICS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: CONTENT_QUERY_KEY }),
      ]);
    },
  });
}
