import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type AdvocacyStatus = Schemas['AdvocacyStatusDto'];
export type ShareBlocker = Schemas['ShareBlocker'];

export const ADVOCACY_STATUS_QUERY_KEY = ['advocacy-status'] as const;

/** Where I stand in the advocacy programme, and what I still need to do before sharing. */
export const advocacyStatusQuery = () =>
  queryOptions({
    queryKey: ADVOCACY_STATUS_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/me/advocacy')),
  });
