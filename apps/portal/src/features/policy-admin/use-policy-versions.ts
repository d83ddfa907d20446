import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type PolicyVersionSummary = Schemas['PolicyVersionSummaryDto'];

/** Everything about the policy starts with this key: a new version changes all of it. */
export const POLICY_QUERY_KEY = ['policy'] as const;

export const POLICY_VERSIONS_QUERY_KEY = [...POLICY_QUERY_KEY, 'versions'] as const;

/** Every published version, newest first, with how many people acknowledged each. */
export function usePolicyVersions() {
  return useQuery({
    queryKey: POLICY_VERSIONS_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/policy/versions')),
  });
}
