import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { rememberSignedInUser } from './use-login';
import type { SetPasswordBody } from './use-reset-password';

/** Chooses a password from an invitation link; the API signs the person in. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetPasswordBody) =>
      unwrap(api.POST('/api/auth/invitations/accept', { body })),
    meta: { expectsUnauthorized: true },
    onSuccess: (user) => rememberSignedInUser(queryClient, user),
  });
}
