import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ADVOCACY_STATUS_QUERY_KEY } from '../advocacy/api/advocacy-queries';
import { CURRENT_POLICY_QUERY_KEY } from './api/policy-queries';

/** Signs the policy in force with the full name as typed (it must be the account's name). */
export function useAcknowledgePolicy() {
  return useMutation({
    mutationFn: (fullName: string) =>
      unwrap(api.POST('/api/policy/current/acknowledgments', { body: { fullName } })),
    // Signing changes where I stand with the policy, and so whether I may share.
    meta: { invalidates: [CURRENT_POLICY_QUERY_KEY, ADVOCACY_STATUS_QUERY_KEY] },
  });
}
