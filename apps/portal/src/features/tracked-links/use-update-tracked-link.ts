import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { QUERY_ROOTS } from '../../lib/query-roots';
import { trackedLinkQueryKey } from './api/tracked-link-queries';

export interface TrackedLinkChange {
  id: string;
  /** True: the link answers "Link no longer available"; false: it works again. */
  disabled: boolean;
}

/** Turns a tracked link off, or on again. */
export function useUpdateTrackedLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, disabled }: TrackedLinkChange) =>
      unwrap(api.PATCH('/api/shares/{id}', { params: { path: { id } }, body: { disabled } })),
    onSuccess: (link) => {
      queryClient.setQueryData(trackedLinkQueryKey(link.code), link);
      void queryClient.invalidateQueries({ queryKey: QUERY_ROOTS.myShares });
    },
  });
}
