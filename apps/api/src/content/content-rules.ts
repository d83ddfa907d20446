import {
  actionsFrom,
  type ContentAction,
  type ContentActionBlock,
  type ContentActionSubject,
  type ContentStatus,
} from '@chorus/core';
import { DomainError } from '../common/domain-error';

/** Fields unfurling fills in, and that a curator may override (then unfurling keeps off them). */
export const UNFURLED_FIELDS = ['title', 'summary', 'imageUrl', 'siteName', 'language'] as const;
export type UnfurledField = (typeof UNFURLED_FIELDS)[number];

/** What employees read and share: fixed once approved, so approval means what it says. */
export const TEXT_FIELDS = [...UNFURLED_FIELDS, 'kind'] as const;

const STATE_WORDS: Record<ContentStatus, string> = {
  draft: 'a draft',
  in_review: 'in review',
  approved: 'approved',
  archived: 'archived',
};

export function describeStatus(status: ContentStatus): string {
  return STATE_WORDS[status];
}

/** Refuses changes to an archived item, and changes to what an approved item says. */
export function assertEditable(status: ContentStatus, changesText: boolean): void {
  if (status === 'archived') {
    throw new DomainError('illegal_transition', 'This item is archived: it can no longer change.');
  }
  if (status === 'approved' && changesText) {
    throw new DomainError(
      'illegal_transition',
      'This item is approved: its text and suggested posts are what employees share, so they cannot change. Its schedule, pin, topics, campaign and targeting still can.',
    );
  }
}

const PAST: Record<ContentAction, string> = {
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
  archive: 'archived',
};

/** What the workflow rule knows of an item; `hasSuggestedPost` is counted by the caller. */
export function workflowSubject(
  item: { status: ContentStatus; authorId: string | null; duplicateOfId: string | null },
  hasSuggestedPost: boolean,
): ContentActionSubject {
  return {
    status: item.status,
    authorId: item.authorId,
    hasSuggestedPost,
    isDuplicate: item.duplicateOfId !== null,
  };
}

/** The error the API answers when the workflow rule refuses `action`, saying what to do instead. */
export function workflowRefusal(
  reason: ContentActionBlock,
  action: ContentAction,
  item: { status: ContentStatus; duplicateOfId: string | null },
): DomainError {
  switch (reason) {
    case 'role':
      return new DomainError('forbidden', 'Only curators and admins move content through review.');
    case 'wrong_status': {
      const open = actionsFrom(item.status);
      return new DomainError(
        'illegal_transition',
        `This item is ${describeStatus(item.status)}, so it cannot be ${PAST[action]}. ${
          open.length
            ? `From here it can be: ${open.map((a) => PAST[a]).join(', ')}.`
            : 'Nothing more can happen to it.'
        }`,
      );
    }
    case 'duplicate':
      return new DomainError(
        'conflict',
        'This page is already another item (its canonical address says so). Archive this one and use that one.',
        {},
        { id: item.duplicateOfId },
      );
    case 'no_suggested_post':
      return new DomainError(
        'unprocessable',
        'Add at least one suggested post before submitting the item for review.',
      );
    case 'own_item_four_eyes':
      return new DomainError(
        'four_eyes',
        'Four-eyes approval is on: someone other than the author must approve this item.',
      );
  }
}
