import { INPUT_LIMITS } from '@chorus/core';
import type { RestrictedTermCategory, Severity } from '@chorus/guardrails';
import type { CreateRestrictedTermBody } from './use-create-restricted-term';
import type { RestrictedTerm } from '../api/restricted-term-queries';
import type { UpdateRestrictedTermBody } from './use-update-restricted-term';

/** A restricted term as its form holds it. */
export interface TermValues {
  term: string;
  category: RestrictedTermCategory;
  severity: Severity;
  note: string;
}

export const MAX_TERM_LENGTH = INPUT_LIMITS.restrictedTerm;
export const MAX_NOTE_LENGTH = INPUT_LIMITS.restrictedTermNote;

/** A new term is confidential and blocks sharing until the admin says otherwise. */
export function termValues(term: RestrictedTerm | null): TermValues {
  return {
    term: term?.term ?? '',
    category: term?.category ?? 'confidential',
    severity: term?.severity ?? 'block',
    note: term?.note ?? '',
  };
}

export type TermProblem = 'termRequired' | 'termNoLetters';

/** What keeps the form from being sent; the API checks the same, and for duplicates. */
export function termProblem(values: TermValues): TermProblem | null {
  const term = values.term.trim();
  if (term === '') return 'termRequired';
  if (!/[\p{L}\p{N}]/u.test(term)) return 'termNoLetters';
  return null;
}

export function createBody(values: TermValues): CreateRestrictedTermBody {
  return {
    term: values.term.trim(),
    category: values.category,
    severity: values.severity,
    note: values.note.trim(),
  };
}

/** Only what differs from the term as loaded. */
export function updateBody(term: RestrictedTerm, values: TermValues): UpdateRestrictedTermBody {
  const next = createBody(values);
  const body: UpdateRestrictedTermBody = {};
  if (next.term !== term.term) body.term = next.term;
  if (next.category !== term.category) body.category = next.category;
  if (next.severity !== term.severity) body.severity = next.severity;
  if (next.note !== term.note) body.note = next.note;
  return body;
}
