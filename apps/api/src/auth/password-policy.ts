import { dictionary } from '@zxcvbn-ts/language-common';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@chorus/core';

let common: Set<string> | undefined;

/** About 50,000 passwords known from breaches, lower-cased; loaded on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set(
    (dictionary['passwords-common'] as string[]).map((password) => password.toLowerCase()),
  );
  return common;
}

/**
 * Why a new password is not acceptable, in words for the person choosing it; null when it is.
 * Long enough, not absurdly long, not a well-known password and not the person's own address.
 */
export function passwordProblem(password: string, owner?: { email: string }): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`;
  }
  const lowered = password.toLowerCase();
  if (commonPasswords().has(lowered)) {
    return 'This password is one of the most common passwords, which attackers try first. Choose another one.';
  }
  if (owner && (lowered === owner.email || lowered === owner.email.split('@')[0])) {
    return 'The password must not be your email address.';
  }
  return null;
}
