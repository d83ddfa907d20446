import {
  checkContentAction,
  checkContentActions,
  type ContentActionSubject,
  type ContentActionViewer,
} from './content-actions';
import type { ContentAction } from './content';

const AUTHOR = 'author-id';
const REVIEWER = 'reviewer-id';

const author: ContentActionViewer = { id: AUTHOR, roles: ['curator'] };
const reviewer: ContentActionViewer = { id: REVIEWER, roles: ['curator'] };
const admin: ContentActionViewer = { id: 'admin-id', roles: ['employee', 'admin'] };
const employee: ContentActionViewer = { id: 'employee-id', roles: ['employee', 'analyst'] };

const draft: ContentActionSubject = {
  status: 'draft',
  authorId: AUTHOR,
  hasSuggestedPost: true,
  isDuplicate: false,
};
const inReview: ContentActionSubject = { ...draft, status: 'in_review' };

const FOUR_EYES = { fourEyesApproval: true };
const TWO_EYES = { fourEyesApproval: false };

describe('which workflow steps a person may take', () => {
  it.each<
    [string, ContentAction, ContentActionSubject, ContentActionViewer, boolean, string | null]
  >([
    ['the author submits a draft with a post', 'submit', draft, author, true, null],
    [
      'a draft without a suggested post',
      'submit',
      { ...draft, hasSuggestedPost: false },
      author,
      true,
      'no_suggested_post',
    ],
    [
      'a draft that is already another item',
      'submit',
      { ...draft, isDuplicate: true, hasSuggestedPost: false },
      author,
      true,
      'duplicate',
    ],
    ['submitting what is already in review', 'submit', inReview, author, true, 'wrong_status'],
    ['the author approves, four-eyes on', 'approve', inReview, author, true, 'own_item_four_eyes'],
    ['the author approves, four-eyes off', 'approve', inReview, author, false, null],
    ['another curator approves', 'approve', inReview, reviewer, true, null],
    ['an admin approves', 'approve', inReview, admin, true, null],
    ['approving a draft', 'approve', draft, reviewer, true, 'wrong_status'],
    ['the author approves a draft, four-eyes on', 'approve', draft, author, true, 'wrong_status'],
    [
      'an item without an author, four-eyes on',
      'approve',
      { ...inReview, authorId: null },
      reviewer,
      true,
      null,
    ],
    ['the author rejects, four-eyes on', 'reject', inReview, author, true, null],
    ['rejecting a draft', 'reject', draft, reviewer, true, 'wrong_status'],
    ['the author archives a draft', 'archive', draft, author, true, null],
    [
      'archiving an approved item',
      'archive',
      { ...draft, status: 'approved' },
      reviewer,
      true,
      null,
    ],
    [
      'archiving an archived item',
      'archive',
      { ...draft, status: 'archived' },
      reviewer,
      true,
      'wrong_status',
    ],
    ['an employee approves', 'approve', inReview, employee, true, 'role'],
    ['an employee archives', 'archive', draft, employee, true, 'role'],
  ])('%s (%s)', (_, action, item, viewer, fourEyesApproval, reason) => {
    expect(checkContentAction(action, item, viewer, { fourEyesApproval })).toEqual(
      reason === null ? { allowed: true } : { allowed: false, reason },
    );
  });

  it('answers every step at once', () => {
    expect(checkContentActions(inReview, author, FOUR_EYES)).toEqual({
      submit: { allowed: false, reason: 'wrong_status' },
      approve: { allowed: false, reason: 'own_item_four_eyes' },
      reject: { allowed: true },
      archive: { allowed: true },
    });
    expect(checkContentActions(inReview, author, TWO_EYES).approve).toEqual({ allowed: true });
  });
});
