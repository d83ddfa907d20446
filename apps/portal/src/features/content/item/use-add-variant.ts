import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { CONTENT_ITEM_CHANGE_META } from './content-item-change';

export type VariantInput = Schemas['VariantInputDto'];

export function useAddVariant(id: string) {
  return useMutation({
    mutationFn: (body: VariantInput) =>
      unwrap(api.POST('/api/content/{id}/variants', { params: { path: { id } }, body })),
    meta: CONTENT_ITEM_CHANGE_META,
  });
}
