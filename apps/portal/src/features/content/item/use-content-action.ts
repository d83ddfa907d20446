import type { ContentAction } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { CONTENT_ITEM_CHANGE_META } from './content-item-change';

export type ContentActionInput =
  { action: Exclude<ContentAction, 'reject'> } | { action: 'reject'; reason: string };

/** One step of the workflow: submit for review, approve, reject (with a reason) or archive. */
export function useContentAction(id: string) {
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
    meta: CONTENT_ITEM_CHANGE_META,
  });
}
