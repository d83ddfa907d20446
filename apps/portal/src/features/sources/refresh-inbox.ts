import type { QueryClient } from '@tanstack/react-query';
import { SOURCE_ENTRIES_QUERY_KEY, SOURCES_QUERY_KEY } from './api/source-queries';

/** The inbox changed: its pages, and the feeds' counts of new suggestions. */
export function refreshInbox(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: SOURCE_ENTRIES_QUERY_KEY }),
    queryClient.invalidateQueries({ queryKey: SOURCES_QUERY_KEY }),
  ]);
}
