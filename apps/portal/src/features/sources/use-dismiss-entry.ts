import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { INBOX_QUERY_KEYS } from './api/source-queries';

/**
 * Dismisses a suggestion; its link is not suggested again. A person's needs the reason they are
 * told; a feed's takes none (null).
 */
export function useDismissEntry() {
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string | null }) =>
      unwrap(
        api.POST('/api/source-entries/{id}/dismiss', {
          params: { path: { id } },
          body: reason === null ? {} : { reason },
        }),
      ),
    // Also after a refusal: a 409 means someone else promoted or dismissed it meanwhile.
    meta: { invalidates: INBOX_QUERY_KEYS, invalidatesOnError: true },
  });
}
