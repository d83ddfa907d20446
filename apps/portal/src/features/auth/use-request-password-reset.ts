import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** Asks for a reset link by mail; the answer is the same whether or not the account exists. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      unwrap(api.POST('/api/auth/password-reset', { body: { email } })),
  });
}
