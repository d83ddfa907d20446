import { useQuery } from '@tanstack/react-query';
import { peopleQuery, type PeopleQuery } from './api/people-queries';

/** One page of the people matching the query. */
export function usePeople(query: PeopleQuery) {
  return useQuery(peopleQuery(query));
}
