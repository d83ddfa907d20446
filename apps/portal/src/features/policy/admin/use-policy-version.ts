import { useQuery } from '@tanstack/react-query';
import { policyVersionQuery } from '../api/policy-version-queries';

/** One version as published, with its text; nothing is loaded while `version` is null. */
export function usePolicyVersion(version: number | null) {
  return useQuery(policyVersionQuery(version));
}
