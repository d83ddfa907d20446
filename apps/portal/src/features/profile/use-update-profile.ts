import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ME_QUERY_KEY } from '../../lib/me-queries';
import { PROFILE_QUERY_KEY, type Profile, type UpdateProfileBody } from './api/profile-queries';

/** Saves the profile; the app shell then shows the new name and follows the new language. */
export function useUpdateProfile() {
  return useMutation({
    mutationFn: (body: UpdateProfileBody) => unwrap(api.PATCH('/api/me/profile', { body })),
    meta: {
      setsData: (profile: Profile) => [[PROFILE_QUERY_KEY, profile]],
      invalidates: [{ queryKey: ME_QUERY_KEY, exact: true }],
    },
  });
}
