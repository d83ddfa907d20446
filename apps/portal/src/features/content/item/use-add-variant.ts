import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { refreshContentItem } from './use-content-item';

export type VariantInput = Schemas['VariantInputDto'];

export function useAddVariant(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VariantInput) =>
      unwrap(api.POST('/api/content/{id}/variants', { params: { path: { id } }, body })),
    onSuccess: (item) => refreshContentItem(queryClient, item),
  });
}
