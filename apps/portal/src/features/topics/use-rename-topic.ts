import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { TOPICS_QUERY_KEY } from './api/topic-queries';
import { QUERY_ROOTS } from '../../lib/query-roots';

export function useRenameTopic() {
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      unwrap(api.PATCH('/api/topics/{id}', { params: { path: { id } }, body: { name } })),
    // Items show their topics by name.
    meta: { invalidates: [TOPICS_QUERY_KEY, QUERY_ROOTS.content] },
  });
}
