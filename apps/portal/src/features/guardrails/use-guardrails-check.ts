import { useQuery } from '@tanstack/react-query';
import { type CheckPostBody, guardrailsCheckQuery } from './api/guardrails-check-queries';

/**
 * The server's check of a post, which alone knows the company's restricted terms; null checks
 * nothing. While another post is being checked, the previous answer stays as placeholder.
 */
export function useGuardrailsCheck(body: CheckPostBody | null) {
  return useQuery(guardrailsCheckQuery(body));
}
