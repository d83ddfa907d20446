import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { CAMPAIGNS_QUERY_KEY } from '../../campaigns/api/campaign-queries';
import { CONTENT_LIST_QUERY_KEY, CONTENT_QUERY_KEY } from '../use-content-list';
import { TOPICS_QUERY_KEY } from '../../topics/api/topic-queries';

export type ContentItem = Schemas['ContentItemDto'];
export type Variant = ContentItem['variants'][number];

/** How often an item whose page is still being read is asked for again. */
export const UNFURL_POLL_MS = 1500;

export const contentItemQueryKey = (id: string) => [...CONTENT_QUERY_KEY, 'item', id] as const;

/** One item; asked for again every 1.5 s while its page is being read. */
export function useContentItem(id: string) {
  return useQuery({
    queryKey: contentItemQueryKey(id),
    queryFn: () => unwrap(api.GET('/api/content/{id}', { params: { path: { id } } })),
    refetchInterval: (query) =>
      query.state.data?.unfurlState === 'pending' ? UNFURL_POLL_MS : false,
  });
}

/** After a change the API answered with the item: show it, and refresh what lists it. */
export async function refreshContentItem(queryClient: QueryClient, item: ContentItem) {
  queryClient.setQueryData(contentItemQueryKey(item.id), item);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: CONTENT_LIST_QUERY_KEY }),
    queryClient.invalidateQueries({ queryKey: TOPICS_QUERY_KEY }),
    queryClient.invalidateQueries({ queryKey: CAMPAIGNS_QUERY_KEY }),
  ]);
}
