import type { ContentKind } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { INBOX_QUERY_KEYS } from './api/source-queries';
import { QUERY_ROOTS } from '../../lib/query-roots';

/** Makes a suggestion a draft content item of the given kind, with its feed's topics. */
export function usePromoteEntry() {
  return useMutation({
    mutationFn: ({ id, kind }: { id: string; kind: ContentKind }) =>
      unwrap(
        api.POST('/api/source-entries/{id}/promote', {
          params: { path: { id } },
          body: { kind },
        }),
      ),
    // Also after a refusal: a 409 means someone else promoted or dismissed it meanwhile.
    meta: { invalidates: [...INBOX_QUERY_KEYS, QUERY_ROOTS.content], invalidatesOnError: true },
  });
}
