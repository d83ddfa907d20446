import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../api/client';
import { CONTENT_QUERY_KEY } from '../../api/content-list-queries';

/** How often an item whose page is still being read is asked for again. */
export const UNFURL_POLL_MS = 1500;

export const contentItemQueryKey = (id: string) => [...CONTENT_QUERY_KEY, 'item', id] as const;

/** One item; asked for again every 1.5 s while its page is being read. */
export const contentItemQuery = (id: string) =>
  queryOptions({
    queryKey: contentItemQueryKey(id),
    queryFn: () => unwrap(api.GET('/api/content/{id}', { params: { path: { id } } })),
    refetchInterval: (query) =>
      query.state.data?.unfurlState === 'pending' ? UNFURL_POLL_MS : false,
  });
