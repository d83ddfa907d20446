import { useMutation } from '@tanstack/react-query';
import { updateProfileMutation } from './api/profile-queries';

/** Saves the profile; the app shell then shows the new name and follows the new language. */
export function useUpdateProfile() {
  return useMutation(updateProfileMutation());
}
