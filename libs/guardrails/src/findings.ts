import type { MessageKey, MessageParams } from '@chorus/core';

/** What the checker can find in a post. */
export const FINDING_KINDS = [
  'profanity',
  'restricted_term',
  'email',
  'phone',
  'iban',
  'payment_card',
  'length',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

/** `warn` asks the author to look again; `block` stops the share. */
export const SEVERITIES = ['warn', 'block'] as const;

export type Severity = (typeof SEVERITIES)[number];

/** Why a company restricts a term: an unannounced project, a competitor, a word it avoids. */
export const RESTRICTED_TERM_CATEGORIES = ['confidential', 'competitor', 'taboo'] as const;

export type RestrictedTermCategory = (typeof RESTRICTED_TERM_CATEGORIES)[number];

/** A term the company does not want in shared posts, as an admin entered it. */
export interface RestrictedTerm {
  term: string;
  category: RestrictedTermCategory;
  severity: Severity;
  /** Shown to the author: why the term is restricted or what to say instead. May be empty. */
  note: string;
}

/** The catalogue sentences findings are said with. */
export type GuardrailMessageKey = Extract<MessageKey, `guardrails:${string}`>;

/** One problem in a post, located in the text as the author typed it. */
export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** UTF-16 offset into the original text of the first character concerned. */
  start: number;
  /** UTF-16 offset just after the last character concerned: `text.slice(start, end)` is `match`. */
  end: number;
  /**
   * What is wrong, as a sentence of the message catalogue (namespace `guardrails`) and the values
   * it needs: render it in the reader's language with `renderMessage` from `@chorus/core`.
   */
  key: GuardrailMessageKey;
  params: MessageParams;
  /** The text concerned, exactly as written. */
  match: string;
  /** restricted_term only: the term as the admin entered it. */
  term?: string;
  /** restricted_term only. */
  category?: RestrictedTermCategory;
  /** restricted_term only: the admin's note. */
  note?: string;
  /** profanity only: the language of the list that matched (ISO 639-1). */
  language?: string;
  /** length only: the network's limit. */
  limit?: number;
  /** length only: the post's length, counted the network's way. */
  length?: number;
}

/** Whether any finding stops the share. */
export function isBlocked(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'block');
}

/** Orders findings by where they start, then where they end, then by kind (for a stable order). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind)
  );
}

/** A located candidate, before it becomes a finding. */
export interface Span {
  start: number;
  end: number;
  severity: Severity;
}

/**
 * Drops candidates that another candidate of at least the same severity covers: the longest
 * match at a position wins, a duplicate of a span is reported once, and a blocking term inside a
 * warning one is still reported. Returns the survivors sorted by start.
 */
export function keepOutermost<T extends Span>(candidates: readonly T[]): T[] {
  const sorted = [...candidates].sort(
    (a, b) => a.start - b.start || b.end - a.end || rank(b.severity) - rank(a.severity),
  );
  const kept: T[] = [];
  for (const candidate of sorted) {
    const covered = kept.some(
      (other) =>
        other.start <= candidate.start &&
        candidate.end <= other.end &&
        rank(other.severity) >= rank(candidate.severity),
    );
    if (!covered) kept.push(candidate);
  }
  return kept;
}

function rank(severity: Severity): number {
  return severity === 'block' ? 1 : 0;
}
