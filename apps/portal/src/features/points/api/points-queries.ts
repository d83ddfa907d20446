import type { RecognitionPeriod } from '@chorus/core';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { QUERY_ROOTS } from '../../../lib/query-roots';

export type PointRulesAnswer = Schemas['PointRulesAnswerDto'];
export type PointRulesBody = Schemas['PointRulesDto'];
export type MyPoints = Schemas['MyPointsDto'];

export const POINT_RULES_QUERY_KEY = [...QUERY_ROOTS.points, 'rules'] as const;
export const MY_POINTS_QUERY_KEY = [...QUERY_ROOTS.points, 'mine'] as const;

/** The rules in force, with their definitions in the reader's language. */
export const pointRulesQuery = () =>
  queryOptions({
    queryKey: POINT_RULES_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/points/rules')),
  });

/** My points in a period, per rule, and every badge I earned. */
export const myPointsQuery = (period: RecognitionPeriod) =>
  queryOptions({
    queryKey: [...MY_POINTS_QUERY_KEY, period] as const,
    queryFn: () => unwrap(api.GET('/api/me/points', { params: { query: { period } } })),
  });
