import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type UpdateMeBody } from '../../api/client';
import { PROFILE_QUERY_KEY } from '../profile/api/profile-queries';
import { ME_QUERY_KEY } from './api/me-queries';

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeBody) => unwrap(api.PATCH('/api/me', { body })),
    onSuccess: async (user) => {
      queryClient.setQueryData(ME_QUERY_KEY, user);
      // The profile page shows the same name and language.
      await queryClient.invalidateQueries({ queryKey: PROFILE_QUERY_KEY });
    },
  });
}
