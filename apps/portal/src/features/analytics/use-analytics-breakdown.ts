import type { AnalyticsDimension } from '@chorus/core';
import { useQuery } from '@tanstack/react-query';
import type { AnalyticsQuery } from './analytics-types';
import { analyticsBreakdownQuery, type BreakdownRows } from './api/analytics-breakdown-queries';

/**
 * A period's figures by a dimension, ordered by the API (most of `sort`, then most clicks, then
 * most shares): at most `limit` rows of `total`.
 */
export function useAnalyticsBreakdown(
  query: AnalyticsQuery,
  by: AnalyticsDimension,
  rows: BreakdownRows,
) {
  return useQuery(analyticsBreakdownQuery(query, by, rows));
}
