/**
 * Audit entries name what they are about with a label. Most labels are data (an address, a
 * title); a few are written by Chorus itself: a policy version, a training stage, the
 * organisation's settings, an account its owner deleted. Those are stored in one fixed English
 * form, so that the log can be searched and exported the same way whoever reads it, and the
 * portal reads them back with `readAuditLabel` to show them in the reader's language.
 */

/** What a deleted account's entries say instead of the address or name it had. */
export const DELETED_ACCOUNT_LABEL = 'deleted account';

/** The target of a change to the organisation's settings. */
export const SETTINGS_LABEL = 'organisation settings';

/** Labels are cut to this length when stored. */
export const AUDIT_LABEL_MAX_LENGTH = 300;

export function policyVersionLabel(version: number): string {
  return `Version ${version}`;
}

/** A training stage, with the lesson, question or stage title the change was about. */
export function trainingLabel(stage: number, title: string): string {
  return `Stage ${stage}: ${title}`.slice(0, AUDIT_LABEL_MAX_LENGTH);
}

/** A label Chorus wrote, read back as what it names; a label that is data is not one. */
export type AuditLabel =
  | { kind: 'deletedAccount' }
  | { kind: 'settings' }
  | { kind: 'policyVersion'; version: number }
  | { kind: 'trainingStage'; stage: number; title: string };

const POLICY_VERSION = /^Version (\d{1,9})$/;
const TRAINING_STAGE = /^Stage (\d): ([\s\S]*)$/;

/**
 * What a label Chorus wrote names, or undefined for a label that is data. `type` is the
 * entry's target type (null for an actor): only a policy's label is a version, only training's
 * a stage, only a person's or account's a deleted account, so a topic named "Version 2" stays
 * a name.
 */
export function readAuditLabel(
  type: string | null | undefined,
  label: string | null | undefined,
): AuditLabel | undefined {
  if (label == null) return undefined;
  const aboutAPerson = type == null || type === 'person' || type === 'account';
  if (aboutAPerson && label === DELETED_ACCOUNT_LABEL) return { kind: 'deletedAccount' };
  if (type === 'settings' && label === SETTINGS_LABEL) return { kind: 'settings' };
  if (type === 'policy') {
    const match = POLICY_VERSION.exec(label);
    if (match) return { kind: 'policyVersion', version: Number(match[1]) };
  }
  if (type === 'training') {
    const match = TRAINING_STAGE.exec(label);
    if (match) return { kind: 'trainingStage', stage: Number(match[1]), title: match[2] ?? '' };
  }
  return undefined;
}
