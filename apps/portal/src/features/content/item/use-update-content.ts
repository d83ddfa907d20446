import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { refreshContentItem } from './use-content-item';

export type UpdateContentBody = Schemas['UpdateContentDto'];

export function useUpdateContent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateContentBody) =>
      unwrap(api.PATCH('/api/content/{id}', { params: { path: { id } }, body })),
    onSuccess: (item) => refreshContentItem(queryClient, item),
  });
}
