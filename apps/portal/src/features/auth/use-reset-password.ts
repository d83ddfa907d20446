import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { rememberSignedInUser } from './use-login';

export interface SetPasswordBody {
  token: string;
  password: string;
}

/** Chooses a new password from a reset link; the API signs the person in. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetPasswordBody) =>
      unwrap(api.POST('/api/auth/password-reset/confirm', { body })),
    meta: { expectsUnauthorized: true },
    onSuccess: (user) => rememberSignedInUser(queryClient, user),
  });
}
