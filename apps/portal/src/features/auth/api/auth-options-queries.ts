import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

export const AUTH_OPTIONS_QUERY_KEY = ['auth-options'] as const;

/** The ways to sign in that this Chorus offers (single sign-on or not); fixed while it runs. */
export const authOptionsQuery = () =>
  queryOptions({
    queryKey: AUTH_OPTIONS_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/auth/options')),
    staleTime: Infinity,
  });
