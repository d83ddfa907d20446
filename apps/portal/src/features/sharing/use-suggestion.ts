import { useQuery } from '@tanstack/react-query';
import type { ShareNetwork } from '@chorus/core';
import { suggestionQuery } from './api/suggestion-queries';

/**
 * The suggested post offered to me for an item on a network. Not asked for while `enabled` is
 * false: once the person wrote their own text, another network's suggestion must not replace it.
 */
export function useSuggestion(itemId: string, network: ShareNetwork, enabled: boolean) {
  return useQuery(suggestionQuery(itemId, network, enabled));
}
