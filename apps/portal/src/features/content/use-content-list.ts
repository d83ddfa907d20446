import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '../../api/client';
import { contentListQuery, type ContentListQuery } from './api/content-list-queries';

export type ContentPage = Schemas['ContentPageDto'];
export type ContentSummary = Schemas['ContentSummaryDto'];

/** One page of the queue in one status, with how many items each status holds. */
export function useContentList(query: ContentListQuery) {
  return useQuery(contentListQuery(query));
}
