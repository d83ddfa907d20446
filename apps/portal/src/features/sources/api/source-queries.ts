import type { SuggestionOrigin } from '@chorus/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type Source = Schemas['SourceDto'];
export type SourceEntry = Schemas['EntryDto'];

export const SOURCES_QUERY_KEY = ['sources'] as const;
export const SOURCE_ENTRIES_QUERY_KEY = ['source-entries'] as const;

/** The inbox: its pages, and the feeds' counts of new suggestions. */
export const INBOX_QUERY_KEYS = [SOURCE_ENTRIES_QUERY_KEY, SOURCES_QUERY_KEY] as const;

/** How often the list is read again while a feed is being checked. */
export const SOURCES_REFRESH_MS = 2000;

export interface SourceEntriesQuery {
  /** Null: suggestions from every feed. */
  sourceId: string | null;
  /** Only people's suggestions, or only the feeds'; null: both. */
  origin: SuggestionOrigin | null;
  page: number;
  pageSize: number;
}

export const sourceEntriesQueryKey = (query: SourceEntriesQuery) =>
  [...SOURCE_ENTRIES_QUERY_KEY, query] as const;

/**
 * The feeds curators follow, with their health and how many suggestions wait from each.
 * `refreshWhile` keeps reading the list every 2 s for as long as it answers true.
 */
export const sourcesQuery = (refreshWhile?: (sources: Source[] | undefined) => boolean) =>
  queryOptions({
    queryKey: SOURCES_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/sources')),
    refetchInterval: (query) => (refreshWhile?.(query.state.data) ? SOURCES_REFRESH_MS : false),
  });

/** One page of the inbox: new suggestions from the feeds and from people, newest first. */
export const sourceEntriesQuery = (query: SourceEntriesQuery) =>
  queryOptions({
    queryKey: sourceEntriesQueryKey(query),
    queryFn: () =>
      unwrap(
        api.GET('/api/source-entries', {
          params: {
            query: {
              state: 'new',
              sourceId: query.sourceId ?? undefined,
              origin: query.origin ?? undefined,
              page: query.page,
              pageSize: query.pageSize,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
