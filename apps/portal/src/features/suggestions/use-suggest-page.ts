import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ApiError } from '../../api/api-error';
import { INBOX_QUERY_KEYS } from '../sources/api/source-queries';
import {
  MY_SUGGESTIONS_QUERY_KEY,
  PAGE_LOOKUP_QUERY_KEY,
  type Suggestion,
  type SuggestionBody,
} from './api/suggestion-queries';

/** What sending a suggestion did: a new one in the inbox, or the page was there already. */
export interface SuggestOutcome {
  suggestion: Suggestion;
  /** False when the page was already in the curators' inbox (the API answers 200, not 201). */
  created: boolean;
}

/** Suggests a page to the curators' inbox. */
export function useSuggestPage() {
  return useMutation({
    mutationFn: async (body: SuggestionBody): Promise<SuggestOutcome> => {
      const { data, response } = await api.POST('/api/suggestions', { body });
      if (data === undefined) throw new ApiError(response.status, undefined, 'Empty response');
      return { suggestion: data, created: response.status === 201 };
    },
    meta: {
      invalidates: [
        ...INBOX_QUERY_KEYS,
        MY_SUGGESTIONS_QUERY_KEY,
        // Looked up afresh next time, not now: /share-page would swap its thanks for "the
        // curators already have this page".
        { queryKey: PAGE_LOOKUP_QUERY_KEY, refetchType: 'none' },
      ],
    },
  });
}
