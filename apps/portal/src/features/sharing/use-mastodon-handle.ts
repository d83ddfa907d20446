import { formatMastodonHandle, parseMastodonHandle } from '@chorus/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  profileQuery,
  updateProfileMutation,
  type SocialProfile,
} from '../profile/api/profile-queries';

/** A Mastodon account: who, on which server (the instance its share page is on). */
export type MastodonAccount = NonNullable<ReturnType<typeof parseMastodonHandle>>;

/**
 * My social profiles with the Mastodon handle set: the others as they are and where they are,
 * the audience I declared on Mastodon kept.
 */
export function withMastodonHandle(
  profiles: readonly SocialProfile[],
  handle: string,
): SocialProfile[] {
  return profiles.some((profile) => profile.network === 'mastodon')
    ? profiles.map((profile) => (profile.network === 'mastodon' ? { ...profile, handle } : profile))
    : [...profiles, { network: 'mastodon', handle, audienceSize: null }];
}

/**
 * The Mastodon handle on my profile, which says where a share to Mastodon opens; asked for
 * once when missing (or not one Chorus can use), and changed on request. `enabled` while
 * Mastodon is the network chosen: no one else's dialog loads the profile.
 */
export function useMastodonHandle(enabled: boolean) {
  const queryClient = useQueryClient();
  const profile = useQuery({ ...profileQuery(), enabled });
  const update = useMutation(updateProfileMutation());
  const [changing, setChanging] = useState(false);
  const saved =
    profile.data?.socialProfiles.find((social) => social.network === 'mastodon')?.handle ?? null;
  const account = saved === null ? null : parseMastodonHandle(saved);

  const save = async (next: MastodonAccount) => {
    // The whole list is saved: take it as it stands now, not as it stood when the dialog opened.
    const current = await queryClient.fetchQuery({ ...profileQuery(), staleTime: 0 });
    const handle = formatMastodonHandle(next);
    await update.mutateAsync({
      socialProfiles: withMastodonHandle(current.socialProfiles, handle),
    });
    setChanging(false);
  };

  return {
    profile,
    /** The handle as the profile has it, even one Chorus cannot use. */
    saved,
    /** The account posts go to; null until a usable handle is saved. */
    account,
    /** The handle is being asked for: none usable yet, or the person is changing it. */
    asking: account === null || changing,
    change: () => setChanging(true),
    cancel: () => setChanging(false),
    save,
  };
}

export type MastodonHandleState = ReturnType<typeof useMastodonHandle>;
