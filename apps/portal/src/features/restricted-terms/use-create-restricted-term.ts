import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { RESTRICTED_TERMS_QUERY_KEY } from './use-restricted-terms';

export type CreateRestrictedTermBody = Schemas['CreateRestrictedTermDto'];

export function useCreateRestrictedTerm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRestrictedTermBody) =>
      unwrap(api.POST('/api/restricted-terms', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: RESTRICTED_TERMS_QUERY_KEY }),
  });
}
