import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '../../../api/client';
import { contentItemQuery } from './api/content-item-queries';

export type ContentItem = Schemas['ContentItemDto'];
export type Variant = ContentItem['variants'][number];

/** One item; asked for again every 1.5 s while its page is being read. */
export function useContentItem(id: string) {
  return useQuery(contentItemQuery(id));
}
