import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { POLICY_QUERY_KEY } from './policy-queries';

export type PolicyVersionSummary = Schemas['PolicyVersionSummaryDto'];
export type PolicyVersion = Schemas['PolicyVersionDto'];

export const POLICY_VERSIONS_QUERY_KEY = [...POLICY_QUERY_KEY, 'versions'] as const;

export const policyVersionQueryKey = (version: number) =>
  [...POLICY_VERSIONS_QUERY_KEY, version] as const;

/** Every published version, newest first, with how many people acknowledged each. */
export const policyVersionsQuery = () =>
  queryOptions({
    queryKey: POLICY_VERSIONS_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/policy/versions')),
  });

/** One version as published, with its text; nothing is loaded while `version` is null. */
export const policyVersionQuery = (version: number | null) =>
  queryOptions({
    queryKey: policyVersionQueryKey(version ?? 0),
    queryFn: () =>
      unwrap(
        api.GET('/api/policy/versions/{version}', {
          params: { path: { version: version ?? 0 } },
        }),
      ),
    enabled: version !== null,
  });
