/**
 * Leaderboards: who chose to be shown, ranked by their points in a period (`LEADERBOARD_PERIODS`),
 * and departments ranked by points per enrolled member, so that a small team can win.
 */

/**
 * A department with fewer enrolled members than this is not ranked, and no team median is
 * given for it: in a small team, a colleague's points could be read from the figure. Nor is a
 * department's total ever given, only its points per member in whole points, so that nobody's
 * points can be worked out from it and the points of those shown.
 */
export const MIN_DEPARTMENT_MEMBERS = 5;

/** How many people a leaderboard lists at most (the caller's own rank is always given). */
export const LEADERBOARD_SIZE = 50;

/**
 * Standard competition ranking ("1224"): the highest value ranks 1, equal values share a rank
 * and the next rank skips as many places as shared it. Returns the ranks in the input's order.
 */
export function competitionRanks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => b - a);
  const firstPlace = new Map<number, number>();
  sorted.forEach((value, index) => {
    if (!firstPlace.has(value)) firstPlace.set(value, index + 1);
  });
  return values.map((value) => firstPlace.get(value) ?? sorted.length);
}

/** Where `points` would rank among `others` (the person themselves not included). */
export function rankAmong(points: number, others: readonly number[]): number {
  return 1 + others.filter((other) => other > points).length;
}

/** The median of some values (the mean of the middle two for an even count); null for none. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Points per enrolled member, as departments are ranked and shown: in whole points. */
export function pointsPerMember(points: number, members: number): number {
  return members > 0 ? Math.round(points / members) : 0;
}
