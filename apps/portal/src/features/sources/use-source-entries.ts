import { useQuery } from '@tanstack/react-query';
import { sourceEntriesQuery, type SourceEntriesQuery } from './api/source-queries';

/** One page of the inbox: new suggestions from the feeds and from people, newest first. */
export function useSourceEntries(query: SourceEntriesQuery) {
  return useQuery(sourceEntriesQuery(query));
}
