import type { ContentKind } from '@chorus/core';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { QUERY_ROOTS } from '../../../lib/query-roots';

/** Every page of the feed, for every filter: refreshed together after a share or a follow. */
export const FEED_QUERY_KEY = QUERY_ROOTS.feed;

/** Items per "Load more": fills two or three columns evenly. */
export const FEED_PAGE_SIZE = 12;

export interface FeedQuery {
  kind: ContentKind | null;
  topicId: string | null;
}

export const feedQueryKey = (query: FeedQuery) => [...FEED_QUERY_KEY, query] as const;

/** What I can share now, a page at a time: pinned first, then my topics, then the newest. */
export const feedQuery = (query: FeedQuery) =>
  infiniteQueryOptions({
    queryKey: feedQueryKey(query),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/feed', {
          params: {
            query: {
              cursor: pageParam ?? undefined,
              limit: FEED_PAGE_SIZE,
              kind: query.kind ?? undefined,
              topicId: query.topicId ?? undefined,
            },
          },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
