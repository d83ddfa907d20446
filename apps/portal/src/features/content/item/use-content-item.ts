import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { Schemas } from '../../../api/client';
import { CAMPAIGNS_QUERY_KEY } from '../../campaigns/api/campaign-queries';
import { TOPICS_QUERY_KEY } from '../../topics/api/topic-queries';
import { CONTENT_LIST_QUERY_KEY } from '../api/content-list-queries';
import { contentItemQuery, contentItemQueryKey } from './api/content-item-queries';

export type ContentItem = Schemas['ContentItemDto'];
export type Variant = ContentItem['variants'][number];

/** One item; asked for again every 1.5 s while its page is being read. */
export function useContentItem(id: string) {
  return useQuery(contentItemQuery(id));
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
