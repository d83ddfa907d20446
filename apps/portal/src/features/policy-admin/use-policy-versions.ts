import { useQuery } from '@tanstack/react-query';
import { POLICY_QUERY_KEY } from '../policy/use-current-policy';
import { api, unwrap, type Schemas } from '../../api/client';

export type PolicyVersionSummary = Schemas['PolicyVersionSummaryDto'];

export const POLICY_VERSIONS_QUERY_KEY = [...POLICY_QUERY_KEY, 'versions'] as const;

/** Every published version, newest first, with how many people acknowledged each. */
export function usePolicyVersions() {
  return useQuery({
    queryKey: POLICY_VERSIONS_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/policy/versions')),
  });
}
