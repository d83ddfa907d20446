import type { PreferredLanguage } from '@chorus/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type CurrentPolicy = Schemas['CurrentPolicyDto'];
export type PolicyStanding = Schemas['PolicyStandingDto'];

/** Everything about the policy starts with this key: publishing a version changes all of it. */
export const POLICY_QUERY_KEY = ['policy'] as const;

export const CURRENT_POLICY_QUERY_KEY = [...POLICY_QUERY_KEY, 'current'] as const;

/**
 * The social media policy in force, and whether I have acknowledged it. 404: none yet. Its text
 * is in `language`, or (null) in mine; in its main language when it has no text in that one.
 */
export const currentPolicyQuery = (language: PreferredLanguage | null = null) =>
  queryOptions({
    queryKey: [...CURRENT_POLICY_QUERY_KEY, language ?? 'mine'] as const,
    queryFn: () =>
      unwrap(
        api.GET('/api/policy/current', {
          params: { query: language === null ? {} : { language } },
        }),
      ),
    // Switching the language keeps the text on screen until the other one arrives.
    placeholderData: keepPreviousData,
  });
