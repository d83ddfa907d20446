import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { RESTRICTED_TERMS_QUERY_KEY } from '../api/restricted-term-queries';

export function useDeleteRestrictedTerm() {
  return useMutation({
    mutationFn: async (id: string) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/restricted-terms/{id}', { params: { path: { id } } });
    },
    meta: { invalidates: [RESTRICTED_TERMS_QUERY_KEY] },
  });
}
