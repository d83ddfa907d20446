import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { refreshInbox } from './refresh-inbox';

/** Dismisses a suggestion; its link is not suggested again. */
export function useDismissEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/source-entries/{id}/dismiss', { params: { path: { id } } })),
    // Also after a refusal: a 409 means someone else promoted or dismissed it meanwhile.
    onSettled: () => refreshInbox(queryClient),
  });
}
