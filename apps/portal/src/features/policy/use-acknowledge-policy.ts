import type { PreferredLanguage } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ADVOCACY_STATUS_QUERY_KEY } from '../advocacy/api/advocacy-queries';
import { CURRENT_POLICY_QUERY_KEY } from './api/policy-queries';

export interface PolicySignature {
  /** The full name as typed (it must be the account's name). */
  fullName: string;
  /** The language of the text read and signed. */
  language: PreferredLanguage;
}

/** Signs the policy in force: the name typed, and the language of the text read. */
export function useAcknowledgePolicy() {
  return useMutation({
    mutationFn: (body: PolicySignature) =>
      unwrap(api.POST('/api/policy/current/acknowledgments', { body })),
    // Signing changes where I stand with the policy, and so whether I may share.
    meta: { invalidates: [CURRENT_POLICY_QUERY_KEY, ADVOCACY_STATUS_QUERY_KEY] },
  });
}
