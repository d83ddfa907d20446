import type { AnalyticsDimension, BreakdownSort } from '@chorus/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { AnalyticsBreakdown, AnalyticsQuery } from '../analytics-types';
import { ANALYTICS_QUERY_KEY } from './analytics-summary-queries';

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
export const analyticsBreakdownQuery = (
  query: AnalyticsQuery,
  by: AnalyticsDimension,
  rows: BreakdownRows,
) =>
  queryOptions({
    queryKey: analyticsBreakdownQueryKey(query, by, rows),
    queryFn: async (): Promise<AnalyticsBreakdown> =>
      unwrap(
        api.GET('/api/analytics/breakdown', {
          params: {
            query: { ...query, by, ...(rows.sort ? { sort: rows.sort } : {}), limit: rows.limit },
          },
        }),
      ),
    // While other filters load, the rows of the last ones stay, dimmed.
    placeholderData: keepPreviousData,
  });
