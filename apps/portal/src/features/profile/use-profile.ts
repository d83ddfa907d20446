import { useQuery } from '@tanstack/react-query';
import { profileQuery } from './api/profile-queries';

/** The signed-in person's own profile: name, language, groups and social profiles. */
export function useProfile() {
  return useQuery(profileQuery());
}
