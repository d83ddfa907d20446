import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { AnalyticsQuery, AnalyticsSummary } from '../analytics-types';

/** Every analytics figure: refreshed together. */
export const ANALYTICS_QUERY_KEY = ['analytics'] as const;

export const analyticsSummaryQueryKey = (query: AnalyticsQuery) =>
  [...ANALYTICS_QUERY_KEY, 'summary', query] as const;

/** The headline figures of a period; figures about people only for HR and admins. */
export const analyticsSummaryQuery = (query: AnalyticsQuery) =>
  queryOptions({
    queryKey: analyticsSummaryQueryKey(query),
    queryFn: async (): Promise<AnalyticsSummary> =>
      unwrap(api.GET('/api/analytics/summary', { params: { query } })),
    // While other filters load, the figures of the last ones stay, dimmed.
    placeholderData: keepPreviousData,
  });
