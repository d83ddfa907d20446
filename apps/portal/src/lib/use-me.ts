import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type User } from '../api/client';
import { isUnauthorized } from '../api/api-error';

export const ME_QUERY_KEY = ['me'] as const;

/** The signed-in user, or null when nobody is signed in (or the session has expired). */
export async function fetchMe(): Promise<User | null> {
  try {
    return await unwrap(api.GET('/api/me'));
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: fetchMe,
    staleTime: 5 * 60 * 1000,
  });
}
