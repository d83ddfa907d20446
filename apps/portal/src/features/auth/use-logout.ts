import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { ME_QUERY_KEY } from './use-me';
import { SIGN_IN_PATH, type SignInLocationState } from './next-path';

/** Signs out, leaves for the sign-in page and forgets everything cached for this user. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      await api.POST('/api/auth/logout');
    },
    meta: { expectsUnauthorized: true },
    // Signed out locally even when the server could not be reached or the session was gone.
    onSettled: async () => {
      // Leave the protected pages first (synchronously), so that they do not react to the
      // cleared user by sending the visitor to the sign-in page with a "next" address.
      const state: SignInLocationState = { signedOut: true };
      await navigate(SIGN_IN_PATH, { replace: true, flushSync: true, state });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, null);
    },
  });
}
