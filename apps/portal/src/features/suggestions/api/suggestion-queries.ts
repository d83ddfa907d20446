import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type PageLookup = Schemas['PageLookupDto'];
export type Suggestion = Schemas['PageSuggestionDto'];
export type SuggestionBody = Schemas['CreatePageSuggestionDto'];
export type MySuggestion = Schemas['MySuggestionDto'];

export const PAGE_LOOKUP_QUERY_KEY = ['page-lookup'] as const;
export const MY_SUGGESTIONS_QUERY_KEY = ['my-suggestions'] as const;

/** Whether I can share the page at `url` now, Chorus has it otherwise, or not at all. */
export const pageLookupQuery = (url: string) =>
  queryOptions({
    queryKey: [...PAGE_LOOKUP_QUERY_KEY, url] as const,
    queryFn: () => unwrap(api.GET('/api/content/lookup', { params: { query: { url } } })),
  });

/** A page of the pages I suggested, newest first, with what became of each. */
export const mySuggestionsQuery = (page: number, pageSize: number) =>
  queryOptions({
    queryKey: [...MY_SUGGESTIONS_QUERY_KEY, { page, pageSize }] as const,
    queryFn: () =>
      unwrap(api.GET('/api/suggestions/mine', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
  });
