import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { QUERY_ROOTS } from '../../../lib/query-roots';

export type Profile = Schemas['ProfileDto'];
export type UpdateProfileBody = Schemas['UpdateProfileDto'];
export type SocialProfile = Schemas['SocialProfileDto'];

export const PROFILE_QUERY_KEY = QUERY_ROOTS.profile;

/** The signed-in person's own profile: name, language, groups and social profiles. */
export const profileQuery = () =>
  queryOptions({
    queryKey: PROFILE_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/me/profile')),
  });
