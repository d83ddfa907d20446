import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { QUERY_ROOTS } from '../../../lib/query-roots';

export type Challenge = Schemas['ChallengeDto'];
export type CreateChallengeBody = Schemas['CreateChallengeDto'];
export type UpdateChallengeBody = Schemas['UpdateChallengeDto'];

export const CHALLENGES_QUERY_KEY = QUERY_ROOTS.challenges;

/** Every challenge, latest first, with its progress (curators and admins). */
export const allChallengesQuery = () =>
  queryOptions({
    queryKey: [...CHALLENGES_QUERY_KEY, 'all'],
    queryFn: () => unwrap(api.GET('/api/challenges')),
  });

/** The challenges that concern me: running now or ended in the last two weeks. */
export const myChallengesQuery = () =>
  queryOptions({
    queryKey: [...CHALLENGES_QUERY_KEY, 'mine'],
    queryFn: () => unwrap(api.GET('/api/challenges/mine')),
  });

/** The challenges that ran on a day of the period (analysts and admins). */
export const challengeReportQuery = (from: string, to: string) =>
  queryOptions({
    queryKey: [...CHALLENGES_QUERY_KEY, 'report', from, to],
    queryFn: () => unwrap(api.GET('/api/challenges/report', { params: { query: { from, to } } })),
  });
