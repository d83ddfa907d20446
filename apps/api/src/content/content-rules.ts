import {
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

/** Refuses changes to an archived item, and changes to what an approved item says. */
export function assertEditable(status: ContentStatus, changesText: boolean): void {
  if (status === 'archived') {
    throw new DomainError('illegal_transition', 'errors:content.archived');
  }
  if (status === 'approved' && changesText) {
    throw new DomainError('illegal_transition', 'errors:content.approvedText');
  }
}

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
      return new DomainError('forbidden', 'errors:content.reviewForbidden');
    case 'wrong_status':
      // The sentence names what can happen from here: the catalogue words it per status.
      return new DomainError('illegal_transition', 'errors:content.wrongStatus', {
        status: item.status,
        action,
      });
    case 'duplicate':
      return new DomainError(
        'conflict',
        'errors:content.duplicate',
        {},
        { details: { id: item.duplicateOfId } },
      );
    case 'no_suggested_post':
      return new DomainError('unprocessable', 'errors:content.noSuggestedPost');
    case 'own_item_four_eyes':
      return new DomainError('four_eyes', 'errors:content.fourEyes');
  }
}
