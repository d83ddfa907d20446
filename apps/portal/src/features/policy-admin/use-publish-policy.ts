import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { POLICY_QUERY_KEY } from '../policy/use-current-policy';

export type PublishPolicyBody = Schemas['PublishPolicyDto'];

export function usePublishPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishPolicyBody) => unwrap(api.POST('/api/policy', { body })),
    // The versions, the policy in force and who is up to date with it all change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: POLICY_QUERY_KEY }),
  });
}
