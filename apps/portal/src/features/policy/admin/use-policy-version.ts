import type { PreferredLanguage } from '@chorus/core';
import { useQuery } from '@tanstack/react-query';
import { policyVersionQuery } from '../api/policy-version-queries';

/**
 * One version as published, with its text in `language` (null: mine); nothing is loaded while
 * `version` is null.
 */
export function usePolicyVersion(
  version: number | null,
  language: PreferredLanguage | null = null,
) {
  return useQuery(policyVersionQuery(version, language));
}
