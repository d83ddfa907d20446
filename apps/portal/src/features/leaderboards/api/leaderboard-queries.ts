import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { LeaderboardPeriod, RecognitionPeriod } from '@chorus/core';
import { api, unwrap, type Schemas } from '../../../api/client';
import { QUERY_ROOTS } from '../../../lib/query-roots';

export type Leaderboard = Schemas['LeaderboardDto'];
export type LeaderboardEntry = Schemas['LeaderboardEntryDto'];
export type DepartmentStanding = Schemas['DepartmentStandingDto'];
export type Standing = Schemas['StandingDto'];

export const LEADERBOARD_QUERY_KEY = [...QUERY_ROOTS.leaderboards, 'board'] as const;
export const STANDING_QUERY_KEY = [...QUERY_ROOTS.leaderboards, 'standing'] as const;

/** A period's leaderboard: the people shown, my rank, the departments. */
export const leaderboardQuery = (period: LeaderboardPeriod) =>
  queryOptions({
    queryKey: [...LEADERBOARD_QUERY_KEY, period],
    queryFn: () => unwrap(api.GET('/api/leaderboards', { params: { query: { period } } })),
    placeholderData: keepPreviousData,
  });

/** My points and rank in a period, beside my team's median. */
export const standingQuery = (period: RecognitionPeriod) =>
  queryOptions({
    queryKey: [...STANDING_QUERY_KEY, period],
    queryFn: () => unwrap(api.GET('/api/me/standing', { params: { query: { period } } })),
    placeholderData: keepPreviousData,
  });
