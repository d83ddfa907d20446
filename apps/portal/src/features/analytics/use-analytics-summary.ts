import { useQuery } from '@tanstack/react-query';
import type { AnalyticsQuery } from './analytics-types';
import { analyticsSummaryQuery } from './api/analytics-summary-queries';

/** The headline figures of a period; figures about people only for HR and admins. */
export function useAnalyticsSummary(query: AnalyticsQuery) {
  return useQuery(analyticsSummaryQuery(query));
}
