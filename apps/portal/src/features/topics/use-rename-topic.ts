import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { CONTENT_QUERY_KEY } from '../content/api/content-list-queries';
import { TOPICS_QUERY_KEY } from './api/topic-queries';

export function useRenameTopic() {
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      unwrap(api.PATCH('/api/topics/{id}', { params: { path: { id } }, body: { name } })),
    // Items show their topics by name.
    meta: { invalidates: [TOPICS_QUERY_KEY, CONTENT_QUERY_KEY] },
  });
}
