import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { CONTENT_ITEM_CHANGE_META } from './content-item-change';

export type UpdateContentBody = Schemas['UpdateContentDto'];

export function useUpdateContent(id: string) {
  return useMutation({
    mutationFn: (body: UpdateContentBody) =>
      unwrap(api.PATCH('/api/content/{id}', { params: { path: { id } }, body })),
    meta: CONTENT_ITEM_CHANGE_META,
  });
}
