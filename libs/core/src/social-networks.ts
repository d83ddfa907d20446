/**
 * Networks on which a person can declare a profile: a handle and an audience size they state
 * themselves. Chorus never asks for passwords or tokens of these networks.
 */
export const SOCIAL_NETWORKS = [
  'linkedin',
  'x',
  'facebook',
  'xing',
  'bluesky',
  'instagram',
  'threads',
  'reddit',
  'mastodon',
] as const;

export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

export const SOCIAL_NETWORK_NAMES: Record<SocialNetwork, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  xing: 'Xing',
  bluesky: 'Bluesky',
  instagram: 'Instagram',
  threads: 'Threads',
  reddit: 'Reddit',
  mastodon: 'Mastodon',
};

export function isSocialNetwork(value: unknown): value is SocialNetwork {
  return typeof value === 'string' && (SOCIAL_NETWORKS as readonly string[]).includes(value);
}
