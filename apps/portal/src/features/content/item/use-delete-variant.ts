import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { contentItemQueryKey } from './api/content-item-queries';

export function useDeleteVariant(id: string) {
  return useMutation({
    mutationFn: async (variantId: string) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/content/{id}/variants/{variantId}', {
        params: { path: { id, variantId } },
      });
    },
    meta: { invalidates: [contentItemQueryKey(id)] },
  });
}
