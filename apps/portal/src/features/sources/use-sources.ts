import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type Source = Schemas['SourceDto'];

export const SOURCES_QUERY_KEY = ['sources'] as const;

/** How often the list is read again while a feed is being checked. */
export const SOURCES_REFRESH_MS = 2000;

/** A feed's name: its title, or its address while it has none. */
export const sourceName = (source: Pick<Source, 'title' | 'url'>) => source.title ?? source.url;

/**
 * The feeds curators follow, with their health and how many suggestions wait from each.
 * `refreshWhile` keeps reading the list every 2 s for as long as it answers true.
 */
export function useSources(refreshWhile?: (sources: Source[] | undefined) => boolean) {
  return useQuery({
    queryKey: SOURCES_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/sources')),
    refetchInterval: (query) => (refreshWhile?.(query.state.data) ? SOURCES_REFRESH_MS : false),
  });
}
