import { queryOptions, skipToken } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type TrackedLink = Schemas['ShareAdminDto'];

export const TRACKED_LINK_QUERY_KEY = ['tracked-link'] as const;

export const trackedLinkQueryKey = (code: string | null) =>
  [...TRACKED_LINK_QUERY_KEY, code] as const;

/** The share behind a tracked link's code; nothing is asked while there is no code. */
export const trackedLinkQuery = (code: string | null) =>
  queryOptions({
    queryKey: trackedLinkQueryKey(code),
    queryFn: code
      ? () => unwrap(api.GET('/api/shares/by-code/{code}', { params: { path: { code } } }))
      : skipToken,
  });
