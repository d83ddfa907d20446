import { useQuery } from '@tanstack/react-query';
import { policyVersionsQuery } from '../api/policy-version-queries';

/** Every published version, newest first, with how many people acknowledged each. */
export function usePolicyVersions() {
  return useQuery(policyVersionsQuery());
}
