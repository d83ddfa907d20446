import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { POLICY_VERSIONS_QUERY_KEY } from './use-policy-versions';

export type PolicyVersion = Schemas['PolicyVersionDto'];

export const policyVersionQueryKey = (version: number) =>
  [...POLICY_VERSIONS_QUERY_KEY, version] as const;

/** One version as published, with its text; nothing is loaded while `version` is null. */
export function usePolicyVersion(version: number | null) {
  return useQuery({
    queryKey: policyVersionQueryKey(version ?? 0),
    queryFn: () =>
      unwrap(
        api.GET('/api/policy/versions/{version}', {
          params: { path: { version: version ?? 0 } },
        }),
      ),
    enabled: version !== null,
  });
}
