import { useQuery } from '@tanstack/react-query';
import type { RecognitionPeriod } from '@chorus/core';
import { standingQuery } from '../leaderboards/api/leaderboard-queries';

export function useMyStanding(period: RecognitionPeriod) {
  return useQuery(standingQuery(period));
}
