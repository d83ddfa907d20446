import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { refreshContentItem } from './use-content-item';

/** Reads the item's page again, in the background; the item polls until it is done. */
export function useUnfurlContent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/content/{id}/unfurl', { params: { path: { id } } })),
    onSuccess: (item) => refreshContentItem(queryClient, item),
  });
}
