import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type SourceEntry = Schemas['EntryDto'];

export const SOURCE_ENTRIES_QUERY_KEY = ['source-entries'] as const;

export interface SourceEntriesQuery {
  /** Null: suggestions from every feed. */
  sourceId: string | null;
  page: number;
  pageSize: number;
}

export const sourceEntriesQueryKey = (query: SourceEntriesQuery) =>
  [...SOURCE_ENTRIES_QUERY_KEY, query] as const;

/** One page of the inbox: new suggestions from the feeds, newest first. */
export function useSourceEntries(query: SourceEntriesQuery) {
  return useQuery({
    queryKey: sourceEntriesQueryKey(query),
    queryFn: () =>
      unwrap(
        api.GET('/api/source-entries', {
          params: {
            query: {
              state: 'new',
              sourceId: query.sourceId ?? undefined,
              page: query.page,
              pageSize: query.pageSize,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
