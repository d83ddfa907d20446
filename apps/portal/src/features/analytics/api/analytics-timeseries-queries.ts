import type { AnalyticsInterval } from '@chorus/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { AnalyticsQuery, AnalyticsTimeseries } from '../analytics-types';
import { ANALYTICS_QUERY_KEY } from './analytics-summary-queries';

export const analyticsTimeseriesQueryKey = (query: AnalyticsQuery, interval: AnalyticsInterval) =>
  [...ANALYTICS_QUERY_KEY, 'timeseries', interval, query] as const;

/** Shares, clicks and unique visitors for every day (or week) of a period, zeros included. */
export const analyticsTimeseriesQuery = (query: AnalyticsQuery, interval: AnalyticsInterval) =>
  queryOptions({
    queryKey: analyticsTimeseriesQueryKey(query, interval),
    queryFn: async (): Promise<AnalyticsTimeseries> =>
      unwrap(api.GET('/api/analytics/timeseries', { params: { query: { ...query, interval } } })),
    placeholderData: keepPreviousData,
  });
