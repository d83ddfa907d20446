import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type Profile = Schemas['ProfileDto'];
export type UpdateProfileBody = Schemas['UpdateProfileDto'];
export type SocialProfile = Schemas['SocialProfileDto'];

export const PROFILE_QUERY_KEY = ['profile'] as const;

/** The signed-in person's own profile: name, language, groups and social profiles. */
export const profileQuery = () =>
  queryOptions({
    queryKey: PROFILE_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/me/profile')),
  });
