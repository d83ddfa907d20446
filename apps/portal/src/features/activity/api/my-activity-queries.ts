import type { ActivityPeriod } from '@chorus/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { QUERY_ROOTS } from '../../../lib/query-roots';

export type MyActivity = Schemas['MyActivityDto'];
export type ActivityPoint = Schemas['ActivityPointDto'];
export type NetworkActivity = Schemas['NetworkActivityDto'];

/**
 * My figures for a period. Under my shares' root, so that whatever refreshes my shares (a new
 * share, a link turned off) refreshes these as well.
 */
export const myActivityQueryKey = (period: ActivityPeriod) =>
  [...QUERY_ROOTS.myShares, 'activity', { period }] as const;

/** My shares and the clicks on my links in a period: over time, by network and in all. */
export const myActivityQuery = (period: ActivityPeriod) =>
  queryOptions({
    queryKey: myActivityQueryKey(period),
    queryFn: () => unwrap(api.GET('/api/me/activity', { params: { query: { period } } })),
    placeholderData: keepPreviousData,
  });
