import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { RESTRICTED_TERMS_QUERY_KEY } from './use-restricted-terms';

export function useDeleteRestrictedTerm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/restricted-terms/{id}', { params: { path: { id } } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: RESTRICTED_TERMS_QUERY_KEY }),
  });
}
