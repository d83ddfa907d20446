import { renderMessage } from '@chorus/core';
import type { Finding } from '@chorus/guardrails';
import { DomainError } from '../common/domain-error';

/**
 * A post the guardrails block: a 422 whose `details.findings` lists every finding and whose
 * `details.problems` the blocking ones, each said by catalogue key with its params; `message`
 * names each blocking reason in the reader's language.
 */
export class GuardrailsBlockedError extends DomainError {
  constructor(findings: readonly Finding[]) {
    const blocking = findings.filter((finding) => finding.severity === 'block');
    super(
      'guardrails_blocked',
      'guardrails:blocked',
      { count: blocking.length },
      { details: { findings }, problems: blocking.map((finding) => ({ ...finding })) },
    );
    this.message = this.describe('en');
  }

  override describe(language: string): string {
    const reasons = (this.problems ?? [])
      .map((problem) => renderMessage(language, problem.key, problem.params))
      .join(' ');
    return renderMessage(language, 'guardrails:blockedBecause', { reasons });
  }
}
