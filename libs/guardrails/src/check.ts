import type { VariantNetwork } from '@chorus/core';
import { compareFindings, type Finding } from './findings';
import { findHandles, findHashtags } from './hashtags';
import { findLength } from './length';
import { foldText } from './normalize';
import { findPersonalData } from './personal-data';
import { findProfanity } from './profanity';
import { findRestrictedTerms, type TermMatcher } from './restricted-terms';

/** What a post is checked for besides its text. */
export interface CheckContext {
  /** The network it will be shared to, for the length check (`any`: the tightest limit). */
  network: VariantNetwork;
  /** ISO 639-1 language of the post, as its writer says; null or absent when unknown. */
  language?: string | null;
  /**
   * The languages the organisation uses (ISO 639-1): profanity is checked in each of them, in
   * English and in the post's language, whatever the post's language. Absent: in every language
   * the checker has a list for.
   */
  languages?: readonly string[] | null;
  /** The company's restricted terms, compiled once with `compileTerms`. */
  terms?: TermMatcher;
  /** The link appended when the post is shared, counted by the length check. Default: none. */
  link?: string;
}

/**
 * Checks a post against the guardrails: restricted terms, profanity, personal data and length.
 * Pure and synchronous, the same in the API and the browser. The text is folded once and each
 * matcher makes one pass over it. Findings are sorted by start, then end.
 */
export function check(text: string, context: CheckContext): Finding[] {
  const folded = foldText(text, true);
  const hashtags = text.includes('#') ? findHashtags(folded) : [];
  const tags =
    context.terms && text.includes('@') ? [...hashtags, ...findHandles(folded)] : hashtags;
  const findings = [
    ...(context.terms ? findRestrictedTerms(text, folded, tags, context.terms) : []),
    ...findProfanity(text, folded, hashtags, context.language ?? null, context.languages),
    ...findPersonalData(text),
  ];
  const length = findLength(text, context.network, context.link);
  if (length) findings.push(length);
  return findings.sort(compareFindings);
}
