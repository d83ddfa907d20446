import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { SIGN_IN_PATH, type SignInLocationState } from '../auth/next-path';
import { ME_QUERY_KEY } from '../auth/use-me';

/** Deletes the signed-in person's account; the API signs them out, and so does the portal. */
export function useDeleteAccount() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async (confirmEmail: string) => {
      await api.DELETE('/api/me', { body: { confirmEmail } });
    },
    onSuccess: async () => {
      // Leave the protected pages first, as signing out does, so they do not react to the
      // cleared user by sending the visitor to the sign-in page with a "next" address.
      const state: SignInLocationState = { signedOut: true };
      await navigate(SIGN_IN_PATH, { replace: true, flushSync: true, state });
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, null);
      notifications.show({ color: 'green', message: t('privacy.deleted') });
    },
  });
}
