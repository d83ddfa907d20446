import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { VariantInput } from './use-add-variant';
import { CONTENT_ITEM_CHANGE_META } from './content-item-change';

export function useUpdateVariant(id: string) {
  return useMutation({
    mutationFn: ({ variantId, body }: { variantId: string; body: VariantInput }) =>
      unwrap(
        api.PUT('/api/content/{id}/variants/{variantId}', {
          params: { path: { id, variantId } },
          body,
        }),
      ),
    meta: CONTENT_ITEM_CHANGE_META,
  });
}
