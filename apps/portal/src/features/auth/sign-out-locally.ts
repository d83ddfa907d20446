import type { QueryClient } from '@tanstack/react-query';
import type { NavigateFunction } from 'react-router';
import { SIGN_IN_PATH, type SignInLocationState } from './next-path';
import { ME_QUERY_KEY } from '../../lib/me-queries';
import { forgetOfflineCopies } from '../../lib/offline-copies';

/**
 * Ends the session in the portal: leaves for the sign-in page and forgets everything cached
 * for the person (also the copies kept for reading offline), so that whoever signs in next, or
 * opens the portal offline, sees nothing of theirs.
 */
export async function signOutLocally(
  queryClient: QueryClient,
  navigate: NavigateFunction,
): Promise<void> {
  // Leave the protected pages first (synchronously), so that they do not react to the
  // cleared user by sending the visitor to the sign-in page with a "next" address.
  const state: SignInLocationState = { signedOut: true };
  await navigate(SIGN_IN_PATH, { replace: true, flushSync: true, state });
  // The current user stays in the cache, cleared rather than removed: the sign-in page
  // watches it, and follows the next sign-in through it.
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
  queryClient.setQueryData(ME_QUERY_KEY, null);
  await forgetOfflineCopies();
}
