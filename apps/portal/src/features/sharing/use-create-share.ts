import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { QUERY_ROOTS, RECOGNITION_ROOTS } from '../../lib/query-roots';

export type NewShare = Schemas['CreateShareDto'];
export type CreatedShare = Schemas['CreatedShareDto'];

/** Records a share and returns my tracked link and the network's share page to open. */
export function useCreateShare() {
  return useMutation({
    mutationFn: (body: NewShare) => unwrap(api.POST('/api/shares', { body })),
    meta: {
      // A share also counts towards challenges, points and ranks.
      invalidates: [QUERY_ROOTS.feed, QUERY_ROOTS.myShares, ...RECOGNITION_ROOTS],
      // Not awaited: the network's page opens at once, the feed's "Shared on" and the rest follow.
      awaitsRefetch: false,
    },
  });
}
