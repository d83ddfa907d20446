import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { signOutLocally } from './sign-out-locally';

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
    onSettled: () => signOutLocally(queryClient, navigate),
  });
}
