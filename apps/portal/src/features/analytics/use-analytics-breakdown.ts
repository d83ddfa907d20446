import type { AnalyticsDimension, BreakdownSort } from '@chorus/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { AnalyticsBreakdown, AnalyticsQuery } from './analytics-types';
import { ANALYTICS_QUERY_KEY } from './api/analytics-summary-queries';

/** Which rows of a breakdown: the first `limit` with the most of `sort` (by default clicks). */
export interface BreakdownRows {
  limit: number;
  sort?: BreakdownSort;
}

export const analyticsBreakdownQueryKey = (
  query: AnalyticsQuery,
  by: AnalyticsDimension,
  { limit, sort }: BreakdownRows,
) => [...ANALYTICS_QUERY_KEY, 'breakdown', by, sort ?? null, limit, query] as const;

/**
 * A period's figures by a dimension, ordered by the API (most of `sort`, then most clicks, then
 * most shares): at most `limit` rows of `total`.
 */
export function useAnalyticsBreakdown(
  query: AnalyticsQuery,
  by: AnalyticsDimension,
  rows: BreakdownRows,
) {
  const { limit, sort } = rows;
  return useQuery({
    queryKey: analyticsBreakdownQueryKey(query, by, rows),
    queryFn: async (): Promise<AnalyticsBreakdown> =>
      unwrap(
        api.GET('/api/analytics/breakdown', {
          params: { query: { ...query, by, ...(sort ? { sort } : {}), limit } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
