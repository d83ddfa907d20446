import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ADVOCACY_STATUS_QUERY_KEY } from '../advocacy/use-advocacy-status';
import { CURRENT_POLICY_QUERY_KEY } from './use-current-policy';

/** Signs the policy in force with the full name as typed (it must be the account's name). */
export function useAcknowledgePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fullName: string) =>
      unwrap(api.POST('/api/policy/current/acknowledgments', { body: { fullName } })),
    onSuccess: async () => {
      // Signing changes where I stand with the policy, and so whether I may share.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: CURRENT_POLICY_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: ADVOCACY_STATUS_QUERY_KEY }),
      ]);
    },
  });
}
