import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { RESTRICTED_TERMS_QUERY_KEY } from './use-restricted-terms';

export type UpdateRestrictedTermBody = Schemas['UpdateRestrictedTermDto'];

export function useUpdateRestrictedTerm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateRestrictedTermBody }) =>
      unwrap(api.PATCH('/api/restricted-terms/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: RESTRICTED_TERMS_QUERY_KEY }),
  });
}
