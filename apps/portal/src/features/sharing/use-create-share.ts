import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { MY_SHARES_QUERY_KEY } from '../activity/api/my-shares-queries';
import { FEED_QUERY_KEY } from '../feed/api/feed-queries';

export type NewShare = Schemas['CreateShareDto'];
export type CreatedShare = Schemas['CreatedShareDto'];

/** Records a share and returns my tracked link and the network's share page to open. */
export function useCreateShare() {
  return useMutation({
    mutationFn: (body: NewShare) => unwrap(api.POST('/api/shares', { body })),
    meta: {
      invalidates: [FEED_QUERY_KEY, MY_SHARES_QUERY_KEY],
      // Not awaited: the network's page opens at once, the feed's "Shared on" follows.
      awaitsRefetch: false,
    },
  });
}
