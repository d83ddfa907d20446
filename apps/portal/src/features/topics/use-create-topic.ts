import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { TOPICS_QUERY_KEY } from './use-topics';

export function useCreateTopic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.POST('/api/topics', { body: { name } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOPICS_QUERY_KEY }),
  });
}
