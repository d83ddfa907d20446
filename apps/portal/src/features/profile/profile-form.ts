import { SOCIAL_NETWORKS, type PreferredLanguage, type SocialNetwork } from '@chorus/core';
import type { Profile, SocialProfile, UpdateProfileBody } from './api/profile-queries';

export interface SocialProfileValues {
  handle: string;
  /** What the number field holds: a number, or '' when empty. */
  audienceSize: number | string;
}

export type SocialProfilesValues = Record<SocialNetwork, SocialProfileValues>;

export interface ProfileFormValues {
  name: string;
  language: PreferredLanguage;
  socialProfiles: SocialProfilesValues;
}

export function toFormValues(profile: Profile): ProfileFormValues {
  const byNetwork = new Map(profile.socialProfiles.map((social) => [social.network, social]));
  const socialProfiles = Object.fromEntries(
    SOCIAL_NETWORKS.map((network) => {
      const social = byNetwork.get(network);
      return [network, { handle: social?.handle ?? '', audienceSize: social?.audienceSize ?? '' }];
    }),
  ) as SocialProfilesValues;
  return { name: profile.name, language: profile.language, socialProfiles };
}

function audienceSizeOf(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : null;
}

/** The whole list of social profiles; networks with neither a handle nor an audience are left out. */
export function toSocialProfiles(values: SocialProfilesValues): SocialProfile[] {
  return SOCIAL_NETWORKS.flatMap((network) => {
    const handle = values[network].handle.trim() || null;
    const audienceSize = audienceSizeOf(values[network].audienceSize);
    return handle === null && audienceSize === null ? [] : [{ network, handle, audienceSize }];
  });
}

export function toUpdateBody(values: ProfileFormValues): UpdateProfileBody {
  return {
    name: values.name.trim(),
    language: values.language,
    socialProfiles: toSocialProfiles(values.socialProfiles),
  };
}
