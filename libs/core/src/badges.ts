import type { RecognitionFacts } from './points';

/**
 * Badges, earned from facts once and kept: the first share, each training stage, 10 and 50
 * verified shares, and sharing in 4 consecutive ISO weeks (Monday to Sunday, organisation days).
 */
export const BADGES = [
  'first-share',
  'training-1',
  'training-2',
  'training-3',
  'verified-10',
  'verified-50',
  'four-weeks',
] as const;
export type Badge = (typeof BADGES)[number];

export function isBadge(value: unknown): value is Badge {
  return typeof value === 'string' && (BADGES as readonly string[]).includes(value);
}

export interface EarnedBadge {
  badge: Badge;
  earnedAt: Date;
}

/** Consecutive ISO weeks of sharing a badge asks for. */
export const CONSECUTIVE_WEEKS = 4;

const DAY_MS = 86_400_000;

/** The ISO week a calendar day falls in, as a running number (weeks since 1969-12-29, a Monday). */
function isoWeekNumber(day: string): number {
  const epochDay = Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
  // 1970-01-01 was a Thursday: shift so that weeks start on Mondays.
  return Math.floor((epochDay + 3) / 7);
}

function nth(moments: Date[], n: number): Date | null {
  if (moments.length < n) return null;
  return [...moments].sort((a, b) => a.getTime() - b.getTime())[n - 1] ?? null;
}

function consecutiveWeeks(facts: RecognitionFacts): Date | null {
  const shares = [...facts.shares].sort((a, b) => a.at.getTime() - b.at.getTime());
  let week: number | null = null;
  let run = 0;
  for (const share of shares) {
    const current = isoWeekNumber(share.day);
    if (current === week) continue;
    run = week !== null && current === week + 1 ? run + 1 : 1;
    week = current;
    if (run >= CONSECUTIVE_WEEKS) return share.at;
  }
  return null;
}

/** The badges a person's facts earn, each with the moment it was earned. */
export function earnedBadges(facts: RecognitionFacts): EarnedBadge[] {
  const earned: EarnedBadge[] = [];
  const add = (badge: Badge, at: Date | null) => {
    if (at) earned.push({ badge, earnedAt: at });
  };
  add(
    'first-share',
    nth(
      facts.shares.map((share) => share.at),
      1,
    ),
  );
  for (const stage of [1, 2, 3] as const) {
    const passes = facts.trainingPasses.filter((pass) => pass.stage === stage);
    add(
      `training-${stage}`,
      nth(
        passes.map((pass) => pass.at),
        1,
      ),
    );
  }
  const verified = facts.shares.flatMap((share) => (share.verifiedAt ? [share.verifiedAt] : []));
  add('verified-10', nth(verified, 10));
  add('verified-50', nth(verified, 50));
  add('four-weeks', consecutiveWeeks(facts));
  return earned;
}
