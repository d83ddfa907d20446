import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type AdvocacyStatus = Schemas['AdvocacyStatusDto'];

export const ADVOCACY_STATUS_QUERY_KEY = ['advocacy', 'status'] as const;

/** Where the signed-in person stands in the advocacy programme, and what keeps them from sharing. */
export function useAdvocacyStatus() {
  return useQuery({
    queryKey: ADVOCACY_STATUS_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/me/advocacy')),
  });
}
