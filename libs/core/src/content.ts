/** What a content item is, for employees and for the figures. */
export const CONTENT_KINDS = ['company_news', 'industry', 'event', 'job'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const CONTENT_STATUSES = ['draft', 'in_review', 'approved', 'archived'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

export const CONTENT_ACTIONS = ['submit', 'approve', 'reject', 'archive'] as const;
export type ContentAction = (typeof CONTENT_ACTIONS)[number];

/**
 * The whole workflow: draft -> in_review -> approved -> archived, and a reviewer may reject back
 * to draft. Anything not listed here does not exist.
 */
export const CONTENT_TRANSITIONS: Readonly<
  Record<ContentAction, { from: readonly ContentStatus[]; to: ContentStatus }>
> = {
  submit: { from: ['draft'], to: 'in_review' },
  approve: { from: ['in_review'], to: 'approved' },
  reject: { from: ['in_review'], to: 'draft' },
  archive: { from: ['draft', 'in_review', 'approved'], to: 'archived' },
};

/** The status an action leads to from `current`, or null when the workflow has no such step. */
export function nextStatus(current: ContentStatus, action: ContentAction): ContentStatus | null {
  const transition = CONTENT_TRANSITIONS[action];
  return transition.from.includes(current) ? transition.to : null;
}

/** The actions open from a status, e.g. for the buttons a curator sees. */
export function actionsFrom(current: ContentStatus): ContentAction[] {
  return CONTENT_ACTIONS.filter((action) => nextStatus(current, action) !== null);
}

/** Where an approved item stands in its publication window. */
export type Publication = 'scheduled' | 'live' | 'expired';

/**
 * Where an approved item stands in its window (`expiresAt` is exclusive): not yet published,
 * live, or expired. Null for an item that is not approved.
 */
export function publicationOf(
  item: { status: ContentStatus; publishAt: Date | null; expiresAt: Date | null },
  now: Date,
): Publication | null {
  if (item.status !== 'approved') return null;
  if (item.publishAt && item.publishAt.getTime() > now.getTime()) return 'scheduled';
  if (item.expiresAt && item.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'live';
}

/** Approved and inside its window: what employees see. */
export function isLive(
  item: { status: ContentStatus; publishAt: Date | null; expiresAt: Date | null },
  now: Date,
): boolean {
  return publicationOf(item, now) === 'live';
}
