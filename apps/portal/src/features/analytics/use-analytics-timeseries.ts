import { useQuery } from '@tanstack/react-query';
import type { AnalyticsInterval } from '@chorus/core';
import type { AnalyticsQuery } from './analytics-types';
import { analyticsTimeseriesQuery } from './api/analytics-timeseries-queries';

/** Shares, clicks and unique visitors for every day (or week) of a period, zeros included. */
export function useAnalyticsTimeseries(query: AnalyticsQuery, interval: AnalyticsInterval) {
  return useQuery(analyticsTimeseriesQuery(query, interval));
}
