import { timingSafeEqual } from 'node:crypto';

/**
 * Whether two strings are the same, compared in a time that does not depend on where they differ
 * (only on their length): for signatures and tokens, which an attacker may guess at.
 */
export function sameSecret(given: string, expected: string): boolean {
  const left = Buffer.from(given);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
}
