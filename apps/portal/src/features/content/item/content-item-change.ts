import type { PortalMutationMeta } from '../../../app/query-client';
import { CAMPAIGNS_QUERY_KEY } from '../../campaigns/api/campaign-queries';
import { TOPICS_QUERY_KEY } from '../../topics/api/topic-queries';
import { CONTENT_LIST_QUERY_KEY } from '../api/content-list-queries';
import { contentItemQueryKey } from './api/content-item-queries';
import type { ContentItem } from './use-content-item';

/**
 * The meta of a change the API answers with the item: show it at once, and refresh what lists
 * it (the queue, and the topics' and campaigns' counts).
 */
export const CONTENT_ITEM_CHANGE_META: PortalMutationMeta = {
  setsData: (item: ContentItem) => [[contentItemQueryKey(item.id), item]],
  invalidates: [CONTENT_LIST_QUERY_KEY, TOPICS_QUERY_KEY, CAMPAIGNS_QUERY_KEY],
};
