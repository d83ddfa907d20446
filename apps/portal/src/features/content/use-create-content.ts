import type { ContentKind } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/api-error';
import { contentItemQueryKey } from './item/api/content-item-queries';
import type { ContentItem } from './item/use-content-item';
import { CONTENT_LIST_QUERY_KEY } from './api/content-list-queries';

export function useCreateContent() {
  return useMutation({
    mutationFn: (body: { url: string; kind: ContentKind }) =>
      unwrap(api.POST('/api/content', { body })),
    meta: {
      setsData: (item: ContentItem) => [[contentItemQueryKey(item.id), item]],
      invalidates: [CONTENT_LIST_QUERY_KEY],
    },
  });
}

/** The item a refused page already is (a 409 names it), or null. */
export function existingItemOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const id = (error.details as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : null;
}
