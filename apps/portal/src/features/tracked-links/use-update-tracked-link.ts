import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { MY_SHARES_QUERY_KEY } from '../activity/api/my-shares-queries';
import { trackedLinkQueryKey, type TrackedLink } from './api/tracked-link-queries';

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
      invalidates: [MY_SHARES_QUERY_KEY],
      awaitsRefetch: false,
    },
  });
}
