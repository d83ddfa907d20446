import type { MySuggestionState } from '@chorus/core';
import type { SourceEntry } from '../sources/entities/source-entry.entity';

/** A page a person suggested, with what became of it. */
export interface MySuggestion {
  entry: SourceEntry;
  state: MySuggestionState;
  /** When the item it became was approved, if it was. */
  approvedAt: Date | null;
  /** The item it became is live and meant for the person now: they can share it. */
  shareable: boolean;
}

/** Where a suggestion stands for its suggester: its inbox state and its item's approval. */
export function mySuggestion(
  entry: SourceEntry,
  itemApprovedAt: Date | null,
  itemShareable = false,
): MySuggestion {
  const state: MySuggestionState =
    entry.state === 'new'
      ? 'waiting'
      : entry.state === 'dismissed'
        ? 'declined'
        : itemApprovedAt
          ? 'approved'
          : 'in_preparation';
  const approved = state === 'approved';
  return {
    entry,
    state,
    approvedAt: approved ? itemApprovedAt : null,
    shareable: approved && itemShareable,
  };
}
