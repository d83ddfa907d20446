import { useInfiniteQuery } from '@tanstack/react-query';
import type { Schemas } from '../../api/client';
import { feedQuery, type FeedQuery } from './api/feed-queries';

export type FeedItem = Schemas['FeedItemDto'];

/** What I can share now, a page at a time: pinned first, then my topics, then the newest. */
export function useFeed(query: FeedQuery) {
  return useInfiniteQuery(feedQuery(query));
}
