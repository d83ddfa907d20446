import { useQuery } from '@tanstack/react-query';
import type { AdvocateRanking } from '@chorus/core';
import type { AnalyticsQuery } from './analytics-types';
import { analyticsAdvocatesQuery } from './api/analytics-advocates-queries';

/** The enrolled employees whose shares earned the most clicks (or who shared most). */
export function useAnalyticsAdvocates(query: AnalyticsQuery, rank: AdvocateRanking, limit: number) {
  return useQuery(analyticsAdvocatesQuery(query, rank, limit));
}
