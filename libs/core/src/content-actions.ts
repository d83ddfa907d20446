import { CONTENT_ACTIONS, nextStatus, type ContentAction, type ContentStatus } from './content';
import { hasAnyRole, type Role } from './roles';

/** Who curates content: the roles the workflow's steps are open to. */
export const CONTENT_CURATOR_ROLES = ['curator', 'admin'] as const satisfies readonly Role[];

/**
 * Why a workflow step is refused to someone now, most fundamental first:
 * - `role`: the person does not curate content;
 * - `wrong_status`: the workflow has no such step from the item's status;
 * - `duplicate`: the page is already another item (found from its canonical address);
 * - `no_suggested_post`: an item goes to review only with at least one suggested post;
 * - `own_item_four_eyes`: with four-eyes approval on, the author may not approve their own item.
 */
export const CONTENT_ACTION_BLOCKS = [
  'role',
  'wrong_status',
  'duplicate',
  'no_suggested_post',
  'own_item_four_eyes',
] as const;
export type ContentActionBlock = (typeof CONTENT_ACTION_BLOCKS)[number];

/** What the workflow needs to know about an item. */
export interface ContentActionSubject {
  status: ContentStatus;
  authorId: string | null;
  hasSuggestedPost: boolean;
  isDuplicate: boolean;
}

/** Who would take the step. */
export interface ContentActionViewer {
  id: string;
  roles: readonly Role[];
}

/** The organisation settings the workflow obeys. */
export interface ContentWorkflowSettings {
  fourEyesApproval: boolean;
}

export type ContentActionCheck = { allowed: true } | { allowed: false; reason: ContentActionBlock };

const ALLOWED: ContentActionCheck = { allowed: true };
const blocked = (reason: ContentActionBlock): ContentActionCheck => ({ allowed: false, reason });

/**
 * May `viewer` take `action` on `item` now? The API refuses exactly what this refuses, and the
 * portal disables exactly these steps, saying why.
 */
export function checkContentAction(
  action: ContentAction,
  item: ContentActionSubject,
  viewer: ContentActionViewer,
  settings: ContentWorkflowSettings,
): ContentActionCheck {
  if (!hasAnyRole(viewer.roles, CONTENT_CURATOR_ROLES)) return blocked('role');
  if (nextStatus(item.status, action) === null) return blocked('wrong_status');
  if (action === 'submit') {
    if (item.isDuplicate) return blocked('duplicate');
    if (!item.hasSuggestedPost) return blocked('no_suggested_post');
  }
  if (action === 'approve' && settings.fourEyesApproval && item.authorId === viewer.id) {
    return blocked('own_item_four_eyes');
  }
  return ALLOWED;
}

/** Every workflow step, answered for `viewer`. */
export function checkContentActions(
  item: ContentActionSubject,
  viewer: ContentActionViewer,
  settings: ContentWorkflowSettings,
): Record<ContentAction, ContentActionCheck> {
  return Object.fromEntries(
    CONTENT_ACTIONS.map((action) => [action, checkContentAction(action, item, viewer, settings)]),
  ) as Record<ContentAction, ContentActionCheck>;
}
