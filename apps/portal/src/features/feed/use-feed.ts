import { useInfiniteQuery } from '@tanstack/react-query';
import { feedQuery, type FeedQuery } from './api/feed-queries';

export type { FeedItem } from '../../api/client';

/** What I can share now, a page at a time: pinned first, then my topics, then the newest. */
export function useFeed(query: FeedQuery) {
  return useInfiniteQuery(feedQuery(query));
}
