/**
 * @chorus/guardrails: checks a post against the company's guardrails before it is shared
 * (restricted terms, profanity, personal data, length). Pure and framework-free: the API
 * enforces it and the portal shows the same findings while the author types.
 *
 *   const terms = compileTerms(rows); // once, when the terms change
 *   const findings = check(text, { network: 'x', language: 'nl', languages, terms, link });
 *   if (isBlocked(findings)) ...
 */
export { check, type CheckContext } from './check';
export {
  FINDING_KINDS,
  RESTRICTED_TERM_CATEGORIES,
  SEVERITIES,
  isBlocked,
  type Finding,
  type FindingKind,
  type GuardrailMessageKey,
  type RestrictedTerm,
  type RestrictedTermCategory,
  type Severity,
} from './findings';
export { termKey } from './normalize';
export { organisationLanguages } from './profanity';
export { PROFANITY_LANGUAGES, type ProfanityLanguage } from './profanity-lists';
export { compileTerms, type TermMatcher } from './restricted-terms';
