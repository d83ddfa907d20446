import { useQuery } from '@tanstack/react-query';
import { authOptionsQuery } from './api/auth-options-queries';

/** The ways to sign in that this Chorus offers (single sign-on or not); fixed while it runs. */
export function useAuthOptions() {
  return useQuery(authOptionsQuery());
}
