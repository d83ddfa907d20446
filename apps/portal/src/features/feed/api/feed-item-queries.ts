import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { QUERY_ROOTS } from '../../../lib/query-roots';

/** Under the feed's root: a share refreshes it with the feed ("Shared on"). */
export const feedItemQueryKey = (itemId: string) => [...QUERY_ROOTS.feed, 'item', itemId] as const;

/** One item of my feed, as the feed shows it; a 404 when it is not live for me. */
export const feedItemQuery = (itemId: string) =>
  queryOptions({
    queryKey: feedItemQueryKey(itemId),
    queryFn: () => unwrap(api.GET('/api/feed/{id}', { params: { path: { id: itemId } } })),
  });
