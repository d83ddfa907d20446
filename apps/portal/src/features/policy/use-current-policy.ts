import type { PreferredLanguage } from '@chorus/core';
import { useQuery } from '@tanstack/react-query';
import { currentPolicyQuery } from './api/policy-queries';

/**
 * The social media policy in force, and whether I have acknowledged it. 404: none yet. In
 * `language` when asked, else in mine, else in its main language.
 */
export function useCurrentPolicy(language: PreferredLanguage | null = null) {
  return useQuery(currentPolicyQuery(language));
}
