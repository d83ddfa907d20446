import type { PreferredLanguage } from '@chorus/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { POLICY_QUERY_KEY } from './policy-queries';

export type PolicyVersionSummary = Schemas['PolicyVersionSummaryDto'];
export type PolicyTextSummary = Schemas['PolicyTextSummaryDto'];
export type PolicyVersion = Schemas['PolicyVersionDto'];

export const POLICY_VERSIONS_QUERY_KEY = [...POLICY_QUERY_KEY, 'versions'] as const;

export const policyVersionQueryKey = (version: number, language: PreferredLanguage | null) =>
  [...POLICY_VERSIONS_QUERY_KEY, version, language ?? 'mine'] as const;

/** Every published version, newest first, with its texts and how many acknowledged it. */
export const policyVersionsQuery = () =>
  queryOptions({
    queryKey: POLICY_VERSIONS_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/policy/versions')),
  });

/**
 * One version as published, with its text in `language` (null: mine; its main language when it
 * has none in that one); nothing is loaded while `version` is null.
 */
export const policyVersionQuery = (
  version: number | null,
  language: PreferredLanguage | null = null,
) =>
  queryOptions({
    queryKey: policyVersionQueryKey(version ?? 0, language),
    queryFn: () =>
      unwrap(
        api.GET('/api/policy/versions/{version}', {
          params: {
            path: { version: version ?? 0 },
            query: language === null ? {} : { language },
          },
        }),
      ),
    enabled: version !== null,
    placeholderData: keepPreviousData,
  });
