import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { VariantInput } from './use-add-variant';
import { refreshContentItem } from './use-content-item';

export function useUpdateVariant(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ variantId, body }: { variantId: string; body: VariantInput }) =>
      unwrap(
        api.PUT('/api/content/{id}/variants/{variantId}', {
          params: { path: { id, variantId } },
          body,
        }),
      ),
    onSuccess: (item) => refreshContentItem(queryClient, item),
  });
}
