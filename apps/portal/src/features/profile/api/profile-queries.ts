import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { ME_QUERY_KEY } from '../../../lib/me-queries';
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

/**
 * Saves the profile (the share dialog saves a Mastodon handle through it too); the app shell
 * then shows the new name and follows the new language.
 */
export const updateProfileMutation = () =>
  mutationOptions({
    mutationFn: (body: UpdateProfileBody) => unwrap(api.PATCH('/api/me/profile', { body })),
    meta: {
      setsData: (profile: Profile) => [[PROFILE_QUERY_KEY, profile]],
      invalidates: [{ queryKey: ME_QUERY_KEY, exact: true }],
    },
  });
