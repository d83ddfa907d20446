import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ME_QUERY_KEY } from '../auth/api/me-queries';
import { PROFILE_QUERY_KEY, type UpdateProfileBody } from './api/profile-queries';

/** Saves the profile; the app shell then shows the new name and follows the new language. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileBody) => unwrap(api.PATCH('/api/me/profile', { body })),
    onSuccess: async (profile) => {
      queryClient.setQueryData(PROFILE_QUERY_KEY, profile);
      await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY, exact: true });
    },
  });
}
