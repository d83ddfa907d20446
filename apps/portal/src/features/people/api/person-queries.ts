import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { PEOPLE_QUERY_KEY } from './people-queries';

/** Under the people key, so that refreshing the list also refreshes the person. */
export const personQueryKey = (id: string) => [...PEOPLE_QUERY_KEY, 'person', id] as const;

export const personQuery = (id: string) =>
  queryOptions({
    queryKey: personQueryKey(id),
    queryFn: () => unwrap(api.GET('/api/people/{id}', { params: { path: { id } } })),
  });
