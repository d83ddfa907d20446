import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type User } from '../api/client';
import { isUnauthorized } from '../api/api-error';

export const ME_QUERY_KEY = ['me'] as const;

/** The signed-in user, or null when nobody is signed in (or the session has expired). */
export const meQuery = () =>
  queryOptions({
    queryKey: ME_QUERY_KEY,
    queryFn: async (): Promise<User | null> => {
      try {
        return await unwrap(api.GET('/api/me'));
      } catch (error) {
        if (isUnauthorized(error)) return null;
        throw error;
      }
    },
    staleTime: 5 * 60 * 1000,
  });
