/**
 * What a challenge counts, among the shares made from its first to its last day (organisation
 * calendar days, both included) of items in its campaign or topic, by people enrolled in the
 * advocacy programme, in its departments (or anywhere when it names none):
 * - `shares`: those shares;
 * - `verified-shares`: those of them verified by the end of its last day;
 * - `clicks`: human clicks on those shares from its first to its last day (previews, bots and
 *   the sharer's own visits are never clicks).
 */
export const CHALLENGE_METRICS = ['shares', 'verified-shares', 'clicks'] as const;

export type ChallengeMetric = (typeof CHALLENGE_METRICS)[number];

export function isChallengeMetric(value: unknown): value is ChallengeMetric {
  return typeof value === 'string' && (CHALLENGE_METRICS as readonly string[]).includes(value);
}

/** What a curator may write: the API's DTOs and the portal's form stop at the same numbers. */
export const CHALLENGE_LIMITS = {
  title: 120,
  description: 1000,
  targetMin: 1,
  targetMax: 1_000_000,
  /** A challenge lasts at most this many days, its first and last included. */
  days: 366,
  departments: 50,
} as const;

/** How long after its last day an ended challenge stays on its participants' lists. */
export const CHALLENGE_RECENT_DAYS = 14;

/** Where a challenge stands on `today` (an organisation calendar day). */
export type ChallengeState = 'upcoming' | 'active' | 'ended';

export function challengeState(
  challenge: { startsOn: string; endsOn: string },
  today: string,
): ChallengeState {
  if (today < challenge.startsOn) return 'upcoming';
  return today > challenge.endsOn ? 'ended' : 'active';
}
