import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type DigestPreview = Schemas['DigestPreviewDto'];

export const digestPreviewQueryKey = (userId: string) => ['digest-preview', userId] as const;

/** A person's digest as they would receive it now. */
export const digestPreviewQuery = (userId: string) =>
  queryOptions({
    queryKey: digestPreviewQueryKey(userId),
    queryFn: () => unwrap(api.GET('/api/digests/preview', { params: { query: { userId } } })),
  });
