import type { Finding } from '@chorus/guardrails';
import type { TFunction } from 'i18next';
import { sayServerMessage } from '../../api/describe-error';

/**
 * What a finding says is wrong, in the portal's language: its catalogue sentence with its
 * params, the same sentence the server says it with; the server's own words (or the key) for a
 * sentence this portal does not know yet.
 */
export function findingSentence(
  t: TFunction,
  finding: Pick<Finding, 'key' | 'params'> & { message?: string },
): string {
  return (
    sayServerMessage(t, { key: finding.key, params: finding.params }, finding.message) ??
    finding.key
  );
}
