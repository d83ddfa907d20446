import { randomBytes } from 'node:crypto';
import { TRACKED_CODE_ALPHABET, TRACKED_CODE_LENGTH } from '@chorus/core';

/**
 * A new tracked-link code: random base62 (about 59.5 bits for 10 characters), drawn without
 * modulo bias, so codes cannot be guessed or enumerated.
 */
export function newTrackedCode(length = TRACKED_CODE_LENGTH): string {
  let code = '';
  while (code.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 × 62: bytes above it would favour the first characters.
      if (byte < 248 && code.length < length) code += TRACKED_CODE_ALPHABET[byte % 62];
    }
  }
  return code;
}
