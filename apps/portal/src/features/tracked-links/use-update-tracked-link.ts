import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { trackedLinkQueryKey, type TrackedLink } from './api/tracked-link-queries';
import { QUERY_ROOTS } from '../../lib/query-roots';

export interface TrackedLinkChange {
  id: string;
  /** True: the link answers "Link no longer available"; false: it works again. */
  disabled: boolean;
}

/** Turns a tracked link off, or on again. */
export function useUpdateTrackedLink() {
  return useMutation({
    mutationFn: ({ id, disabled }: TrackedLinkChange) =>
      unwrap(api.PATCH('/api/shares/{id}', { params: { path: { id } }, body: { disabled } })),
    meta: {
      setsData: (link: TrackedLink) => [[trackedLinkQueryKey(link.code), link]],
      invalidates: [QUERY_ROOTS.myShares],
      awaitsRefetch: false,
    },
  });
}
