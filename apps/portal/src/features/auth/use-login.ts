import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type LoginBody, type User } from '../../api/client';
import { ME_QUERY_KEY } from '../../lib/me-queries';
import { keepOfflineCopiesFor } from '../../lib/offline-copies';

/**
 * Someone has just signed in (password, reset link or invitation): forget whatever was cached
 * for anyone before, and remember the new user so the portal opens without asking again.
 * Only the signed-out page is on screen then; its own queries (sign-in options, the
 * invitation) stay, so that they are not asked for again on the way out. The copies kept for
 * reading offline are theirs from now on (before their feed is asked for).
 */
export async function rememberSignedInUser(queryClient: QueryClient, user: User) {
  await keepOfflineCopiesFor(user.id);
  queryClient.removeQueries({
    type: 'inactive',
    predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0],
  });
  queryClient.setQueryData(ME_QUERY_KEY, user);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => unwrap(api.POST('/api/auth/login', { body })),
    // A 401 here means wrong credentials, not an expired session.
    meta: { expectsUnauthorized: true },
    onSuccess: (user) => rememberSignedInUser(queryClient, user),
  });
}
