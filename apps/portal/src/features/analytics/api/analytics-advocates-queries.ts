import type { AdvocateRanking } from '@chorus/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { AnalyticsAdvocates, AnalyticsQuery } from '../analytics-types';
import { ANALYTICS_QUERY_KEY } from './analytics-summary-queries';

export const analyticsAdvocatesQueryKey = (
  query: AnalyticsQuery,
  rank: AdvocateRanking,
  limit: number,
) => [...ANALYTICS_QUERY_KEY, 'advocates', rank, limit, query] as const;

/** The enrolled employees whose shares earned the most clicks (or who shared most). */
export const analyticsAdvocatesQuery = (
  query: AnalyticsQuery,
  rank: AdvocateRanking,
  limit: number,
) =>
  queryOptions({
    queryKey: analyticsAdvocatesQueryKey(query, rank, limit),
    queryFn: async (): Promise<AnalyticsAdvocates> =>
      unwrap(api.GET('/api/analytics/advocates', { params: { query: { ...query, rank, limit } } })),
    placeholderData: keepPreviousData,
  });
