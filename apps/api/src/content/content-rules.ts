import type { ContentStatus } from '@chorus/core';
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
