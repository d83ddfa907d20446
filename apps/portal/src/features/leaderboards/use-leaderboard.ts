import { useQuery } from '@tanstack/react-query';
import type { LeaderboardPeriod } from '@chorus/core';
import { leaderboardQuery } from './api/leaderboard-queries';

export function useLeaderboard(period: LeaderboardPeriod) {
  return useQuery(leaderboardQuery(period));
}
