import type { MySuggestionState } from '@chorus/core';
import type { SourceEntry } from '../sources/entities/source-entry.entity';

/** A page a person suggested, with what became of it. */
export interface MySuggestion {
  entry: SourceEntry;
  state: MySuggestionState;
  /** When the item it became was approved, if it was. */
  approvedAt: Date | null;
}

/** Where a suggestion stands for its suggester: its inbox state and its item's approval. */
export function mySuggestion(entry: SourceEntry, itemApprovedAt: Date | null): MySuggestion {
  const state: MySuggestionState =
    entry.state === 'new'
      ? 'waiting'
      : entry.state === 'dismissed'
        ? 'declined'
        : itemApprovedAt
          ? 'approved'
          : 'in_preparation';
  return { entry, state, approvedAt: state === 'approved' ? itemApprovedAt : null };
}
