import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { CONTENT_ITEM_CHANGE_META } from './content-item-change';

/** Reads the item's page again, in the background; the item polls until it is done. */
export function useUnfurlContent(id: string) {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/content/{id}/unfurl', { params: { path: { id } } })),
    meta: CONTENT_ITEM_CHANGE_META,
  });
}
