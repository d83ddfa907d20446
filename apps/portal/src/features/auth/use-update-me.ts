import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type UpdateMeBody, type User } from '../../api/client';
import { PROFILE_QUERY_KEY } from '../profile/api/profile-queries';
import { ME_QUERY_KEY } from './api/me-queries';

export function useUpdateMe() {
  return useMutation({
    mutationFn: (body: UpdateMeBody) => unwrap(api.PATCH('/api/me', { body })),
    meta: {
      setsData: (user: User) => [[ME_QUERY_KEY, user]],
      // The profile page shows the same name and language.
      invalidates: [PROFILE_QUERY_KEY],
    },
  });
}
