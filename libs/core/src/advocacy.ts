import { SOCIAL_NETWORK_NAMES } from './social-networks';

/** The three stages of the training, in the order they are taken. */
export const TRAINING_STAGES = [1, 2, 3] as const;
export type TrainingStage = (typeof TRAINING_STAGES)[number];

export function isTrainingStage(value: unknown): value is TrainingStage {
  return typeof value === 'number' && (TRAINING_STAGES as readonly number[]).includes(value);
}

/**
 * Why a person may not share (yet), in the order they are met. The API refuses a share with the
 * first that applies, and the portal turns each into the screen that resolves it.
 */
export const SHARE_BLOCKERS = [
  'not_enrolled',
  'policy_not_acknowledged',
  'training_required',
] as const;
export type ShareBlocker = (typeof SHARE_BLOCKERS)[number];

/** A reported hostile comment or post moves through these states in the social media team's inbox. */
export const ESCALATION_STATUSES = ['open', 'in_progress', 'resolved'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

/** Where a reported comment was seen: the social networks, or somewhere else. */
export const ESCALATION_NETWORKS = [
  'linkedin',
  'x',
  'facebook',
  'instagram',
  'threads',
  'xing',
  'bluesky',
  'reddit',
  'mastodon',
  'tiktok',
  'youtube',
  'other',
] as const;
export type EscalationNetwork = (typeof ESCALATION_NETWORKS)[number];

/** The networks a comment can be reported on, named as the rest of Chorus names them. */
export const ESCALATION_NETWORK_NAMES: Record<Exclude<EscalationNetwork, 'other'>, string> = {
  ...SOCIAL_NETWORK_NAMES,
  tiktok: 'TikTok',
  youtube: 'YouTube',
};

/** A network's own name, or null for "somewhere else" (and for a code that is no network). */
export function escalationNetworkName(network: string): string | null {
  return Object.hasOwn(ESCALATION_NETWORK_NAMES, network)
    ? ESCALATION_NETWORK_NAMES[network as keyof typeof ESCALATION_NETWORK_NAMES]
    : null;
}

/**
 * The portal page of one report in the social media team's inbox, where notifications, chat
 * messages and the inbox's own rows lead.
 */
export function reportPagePath(reportId: string): string {
  return `/inbox/${encodeURIComponent(reportId)}`;
}

/**
 * A typed full name matches the account's name when they are equal ignoring case, accents and
 * spacing: "jose  garcía" signs for José García, "Jose" does not.
 */
export function sameFullName(typed: string, name: string): boolean {
  const fold = (value: string) =>
    value
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLocaleLowerCase('en')
      .replace(/\s+/g, ' ')
      .trim();
  return fold(typed).length > 0 && fold(typed) === fold(name);
}
