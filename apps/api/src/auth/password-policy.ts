import { dictionary } from '@zxcvbn-ts/language-common';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@chorus/core';
import type { MessageRef } from '../common/domain-error';

let common: Set<string> | undefined;

/** About 50,000 passwords known from breaches, lower-cased; loaded on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set(
    (dictionary['passwords-common'] as string[]).map((password) => password.toLowerCase()),
  );
  return common;
}

/**
 * Why a new password is not acceptable, as a sentence for the person choosing it; null when it is.
 * Long enough, not absurdly long, not a well-known password and not the person's own address.
 */
export function passwordProblem(password: string, owner?: { email: string }): MessageRef | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { key: 'errors:password.tooShort', params: { min: MIN_PASSWORD_LENGTH } };
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return { key: 'errors:password.tooLong', params: { max: MAX_PASSWORD_LENGTH } };
  }
  const lowered = password.toLowerCase();
  if (commonPasswords().has(lowered)) {
    return { key: 'errors:password.common', params: {} };
  }
  if (owner && (lowered === owner.email || lowered === owner.email.split('@')[0])) {
    return { key: 'errors:password.ownEmail', params: {} };
  }
  return null;
}
