import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type PageLookup = Schemas['PageLookupDto'];
export type Suggestion = Schemas['PageSuggestionDto'];
export type SuggestionBody = Schemas['CreatePageSuggestionDto'];

export const PAGE_LOOKUP_QUERY_KEY = ['page-lookup'] as const;

/** Whether I can share the page at `url` now, Chorus has it otherwise, or not at all. */
export const pageLookupQuery = (url: string) =>
  queryOptions({
    queryKey: [...PAGE_LOOKUP_QUERY_KEY, url] as const,
    queryFn: () => unwrap(api.GET('/api/content/lookup', { params: { query: { url } } })),
  });
