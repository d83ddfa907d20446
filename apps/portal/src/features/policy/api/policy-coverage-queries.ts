import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { POLICY_QUERY_KEY } from './policy-queries';

export type PolicyCoverage = Schemas['PolicyCoverageDto'];
export type CoverageRow = Schemas['CoverageRowDto'];

export const POLICY_COVERAGE_QUERY_KEY = [...POLICY_QUERY_KEY, 'coverage'] as const;

/** Per department: active people, enrolled people, and how many are up to date with the policy. */
export const policyCoverageQuery = () =>
  queryOptions({
    queryKey: POLICY_COVERAGE_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/policy/coverage')),
  });
