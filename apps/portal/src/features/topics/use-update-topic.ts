import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { TOPICS_QUERY_KEY } from './api/topic-queries';
import { QUERY_ROOTS } from '../../lib/query-roots';

/** Renames a topic or changes its names in other languages. */
export function useUpdateTopic() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Schemas['UpdateTopicDto'] }) =>
      unwrap(api.PATCH('/api/topics/{id}', { params: { path: { id } }, body })),
    // Items, feeds and followed topics show topics by name.
    meta: { invalidates: [TOPICS_QUERY_KEY, QUERY_ROOTS.content, QUERY_ROOTS.feed] },
  });
}
