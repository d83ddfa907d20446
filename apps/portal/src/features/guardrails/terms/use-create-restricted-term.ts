import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { RESTRICTED_TERMS_QUERY_KEY } from '../api/restricted-term-queries';

export type CreateRestrictedTermBody = Schemas['CreateRestrictedTermDto'];

export function useCreateRestrictedTerm() {
  return useMutation({
    mutationFn: (body: CreateRestrictedTermBody) =>
      unwrap(api.POST('/api/restricted-terms', { body })),
    meta: { invalidates: [RESTRICTED_TERMS_QUERY_KEY] },
  });
}
