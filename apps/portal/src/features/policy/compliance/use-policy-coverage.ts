import { useQuery } from '@tanstack/react-query';
import { policyCoverageQuery } from '../api/policy-coverage-queries';

/** Per department: active people, enrolled people, and how many are up to date with the policy. */
export function usePolicyCoverage() {
  return useQuery(policyCoverageQuery());
}
