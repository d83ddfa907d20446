/**
 * The first segment of the query keys of features that other features refresh. A mutation
 * declares what it makes stale (`meta.invalidates`) with these, so that refreshing another
 * feature's data does not make it import that feature (features may not import each other in a
 * circle: scripts/check-portal-cycles.mjs).
 */
export const QUERY_ROOTS = {
  people: ['people'],
  groups: ['groups'],
  profile: ['profile'],
  content: ['content'],
  feed: ['feed'],
  myShares: ['my-shares'],
  leaderboards: ['leaderboards'],
  challenges: ['challenges'],
  points: ['points'],
} as const;

/**
 * What a share, joining or leaving the programme changes besides its own feature: challenge
 * progress, my points and badges, and every rank (mine, the leaderboards, my standing).
 */
export const RECOGNITION_ROOTS = [
  QUERY_ROOTS.challenges,
  QUERY_ROOTS.points,
  QUERY_ROOTS.leaderboards,
] as const;
