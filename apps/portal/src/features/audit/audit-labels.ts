import { readAuditLabel } from '@chorus/core';
import type { Reader } from './audit-values';

/**
 * Who did something or what it was about, as the reader says it: the labels Chorus writes
 * itself (a policy version, a training stage, the organisation's settings, a deleted account)
 * in the reader's words, any other label (an address, a title) as it is.
 */
export function labelInWords(
  type: string | null | undefined,
  label: string,
  { t }: Pick<Reader, 't'>,
): string {
  const known = readAuditLabel(type, label);
  switch (known?.kind) {
    case 'deletedAccount':
      return t('audit.labels.deletedAccount');
    case 'settings':
      return t('audit.labels.settings');
    case 'policyVersion':
      return t('audit.labels.policyVersion', { version: known.version });
    case 'trainingStage':
      return t('audit.labels.trainingStage', { stage: known.stage, title: known.title });
    case undefined:
      return label;
  }
}
