import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { QUERY_ROOTS } from '../../../lib/query-roots';

export type MyShare = Schemas['MyShareDto'];
export type ShareTotals = Schemas['ShareTotalsDto'];

/** Every page of my shares: refreshed after a share, or after a link is turned off or on. */
export const MY_SHARES_QUERY_KEY = QUERY_ROOTS.myShares;

export const mySharesQueryKey = (page: number, pageSize: number) =>
  [...MY_SHARES_QUERY_KEY, { page, pageSize }] as const;

/** My shares, newest first, with what each link earned, and my totals over all of them. */
export const mySharesQuery = (page: number, pageSize: number) =>
  queryOptions({
    queryKey: mySharesQueryKey(page, pageSize),
    queryFn: () => unwrap(api.GET('/api/shares/mine', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
  });
