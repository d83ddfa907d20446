import type { ContentAction } from '@chorus/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { refreshContentItem } from './use-content-item';

export type ContentActionInput =
  { action: Exclude<ContentAction, 'reject'> } | { action: 'reject'; reason: string };

/** One step of the workflow: submit for review, approve, reject (with a reason) or archive. */
export function useContentAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContentActionInput) => {
      const params = { path: { id } };
      switch (input.action) {
        case 'submit':
          return unwrap(api.POST('/api/content/{id}/submit', { params }));
        case 'approve':
          return unwrap(api.POST('/api/content/{id}/approve', { params }));
        case 'archive':
          return unwrap(api.POST('/api/content/{id}/archive', { params }));
        case 'reject':
          return unwrap(
            api.POST('/api/content/{id}/reject', { params, body: { reason: input.reason } }),
          );
      }
    },
    onSuccess: (item) => refreshContentItem(queryClient, item),
  });
}
