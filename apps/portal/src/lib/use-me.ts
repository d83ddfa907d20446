import { useQuery } from '@tanstack/react-query';
import { meQuery } from './me-queries';

/** The signed-in user, or null when nobody is signed in (or the session has expired). */
export function useMe() {
  return useQuery(meQuery());
}
