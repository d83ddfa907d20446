import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { signOutLocally } from '../auth/sign-out-locally';

/** Deletes the signed-in person's account; the API signs them out, and so does the portal. */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async (confirmEmail: string) => {
      await api.DELETE('/api/me', { body: { confirmEmail } });
    },
    onSuccess: () => signOutLocally(queryClient, navigate),
  });
}
