import type { ShareNetwork } from '@chorus/core';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type Suggestion = Schemas['SuggestionDto'];

export const SUGGESTION_QUERY_KEY = ['suggestion'] as const;

export const suggestionQueryKey = (itemId: string, network: ShareNetwork) =>
  [...SUGGESTION_QUERY_KEY, itemId, network] as const;

/**
 * The suggested post offered to me for an item on a network. Not asked for while `enabled` is
 * false: once the person wrote their own text, another network's suggestion must not replace it.
 */
export const suggestionQuery = (itemId: string, network: ShareNetwork, enabled: boolean) =>
  queryOptions({
    queryKey: suggestionQueryKey(itemId, network),
    queryFn: () =>
      unwrap(
        api.GET('/api/feed/{id}/suggestion', {
          params: { path: { id: itemId }, query: { network } },
        }),
      ),
    enabled,
    // Colleagues are offered different variants: the text must not change while it is read.
    staleTime: Infinity,
  });
