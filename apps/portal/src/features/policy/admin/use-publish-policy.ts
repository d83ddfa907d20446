import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { POLICY_QUERY_KEY } from '../api/policy-queries';

export type PublishPolicyBody = Schemas['PublishPolicyDto'];

export function usePublishPolicy() {
  return useMutation({
    mutationFn: (body: PublishPolicyBody) => unwrap(api.POST('/api/policy', { body })),
    // The versions, the policy in force and who is up to date with it all change.
    meta: { invalidates: [POLICY_QUERY_KEY] },
  });
}
