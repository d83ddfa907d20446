import { useQuery } from '@tanstack/react-query';
import { sourcesQuery, type Source } from './api/source-queries';

/** A feed's name: its title, or its address while it has none. */
export const sourceName = (source: Pick<Source, 'title' | 'url'>) => source.title ?? source.url;

/**
 * The feeds curators follow, with their health and how many suggestions wait from each.
 * `refreshWhile` keeps reading the list every 2 s for as long as it answers true.
 */
export function useSources(refreshWhile?: (sources: Source[] | undefined) => boolean) {
  return useQuery(sourcesQuery(refreshWhile));
}
