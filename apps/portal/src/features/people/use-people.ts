import type { Role } from '@chorus/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const PEOPLE_QUERY_KEY = ['people'] as const;

export interface PeopleQuery {
  search: string;
  role: Role | null;
  page: number;
  pageSize: number;
}

export const peopleQueryKey = (query: PeopleQuery) => [...PEOPLE_QUERY_KEY, query] as const;

export function usePeople(query: PeopleQuery) {
  return useQuery({
    queryKey: peopleQueryKey(query),
    queryFn: () =>
      unwrap(
        api.GET('/api/people', {
          params: {
            query: {
              search: query.search || undefined,
              role: query.role ?? undefined,
              page: query.page,
              pageSize: query.pageSize,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
