import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { INBOX_QUERY_KEYS } from './api/source-queries';

/** Dismisses a suggestion; its link is not suggested again. */
export function useDismissEntry() {
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/source-entries/{id}/dismiss', { params: { path: { id } } })),
    // Also after a refusal: a 409 means someone else promoted or dismissed it meanwhile.
    meta: { invalidates: INBOX_QUERY_KEYS, invalidatesOnError: true },
  });
}
