import type { Role, UserStatus } from '@chorus/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { QUERY_ROOTS } from '../../../lib/query-roots';

export const PEOPLE_QUERY_KEY = QUERY_ROOTS.people;

export type PeopleSortColumn = Schemas['PeopleSort'];
export type SortOrder = Schemas['SortOrder'];

/** How the list is ordered; the server orders by name, ascending, unless asked otherwise. */
export interface PeopleSort {
  column: PeopleSortColumn;
  order: SortOrder;
}

export const DEFAULT_PEOPLE_SORT: PeopleSort = { column: 'name', order: 'asc' };

export interface PeopleQuery {
  search: string;
  role: Role | null;
  status?: UserStatus | null;
  departmentId?: string | null;
  locationId?: string | null;
  /** Null leaves the order to the server (by name, ascending). */
  sort?: PeopleSort | null;
  page: number;
  pageSize: number;
}

export const peopleQueryKey = (query: PeopleQuery) => [...PEOPLE_QUERY_KEY, query] as const;

/** One page of the people matching the query. */
export const peopleQuery = (query: PeopleQuery) =>
  queryOptions({
    queryKey: peopleQueryKey(query),
    queryFn: () =>
      unwrap(
        api.GET('/api/people', {
          params: {
            query: {
              search: query.search || undefined,
              role: query.role ?? undefined,
              status: query.status ?? undefined,
              departmentId: query.departmentId ?? undefined,
              locationId: query.locationId ?? undefined,
              sort: query.sort?.column,
              order: query.sort?.order,
              page: query.page,
              pageSize: query.pageSize,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
