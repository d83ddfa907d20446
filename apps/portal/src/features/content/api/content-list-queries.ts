import type { ContentKind, ContentStatus } from '@chorus/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { QUERY_ROOTS } from '../../../lib/query-roots';

/** Everything about content: the queue's pages and each item, refreshed together. */
export const CONTENT_QUERY_KEY = QUERY_ROOTS.content;
export const CONTENT_LIST_QUERY_KEY = [...CONTENT_QUERY_KEY, 'list'] as const;

export interface ContentListQuery {
  status: ContentStatus;
  search: string;
  kind: ContentKind | null;
  topicId: string | null;
  campaignId: string | null;
  authorId: string | null;
  page: number;
  pageSize: number;
}

export const contentListQueryKey = (query: ContentListQuery) =>
  [...CONTENT_LIST_QUERY_KEY, query] as const;

/** One page of the queue in one status, with how many items each status holds. */
export const contentListQuery = (query: ContentListQuery) =>
  queryOptions({
    queryKey: contentListQueryKey(query),
    queryFn: () =>
      unwrap(
        api.GET('/api/content', {
          params: {
            query: {
              status: query.status,
              search: query.search || undefined,
              kind: query.kind ?? undefined,
              topicId: query.topicId ?? undefined,
              campaignId: query.campaignId ?? undefined,
              authorId: query.authorId ?? undefined,
              page: query.page,
              pageSize: query.pageSize,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
