import { useQuery } from '@tanstack/react-query';
import { currentPolicyQuery } from './api/policy-queries';

/** The social media policy in force, and whether I have acknowledged it. 404: none yet. */
export function useCurrentPolicy() {
  return useQuery(currentPolicyQuery());
}
