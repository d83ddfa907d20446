import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { TOPICS_QUERY_KEY } from './api/topic-queries';

export function useCreateTopic() {
  return useMutation({
    mutationFn: (name: string) => unwrap(api.POST('/api/topics', { body: { name } })),
    meta: { invalidates: [TOPICS_QUERY_KEY] },
  });
}
