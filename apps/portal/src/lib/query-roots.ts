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
} as const;
