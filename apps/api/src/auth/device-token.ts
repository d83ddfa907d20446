import { createHmac, randomBytes } from 'node:crypto';
import { sameSecret } from '../common/constant-time';
import type { AppConfig } from '../config/app-config';

/**
 * A device token tells a browser that signed in to an account before from any other client
 * (OWASP's "device cookie"): such a browser is not held back when guesses from elsewhere make
 * the account wait. It is a random nonce with a keyed hash of it and the account's address, so
 * it is worth nothing for another account and cannot be made up; the server keeps nothing.
 */
export function deviceTokenFor(email: string, config: AppConfig): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${nonce}.${mac(nonce, email, config)}`;
}

/** True when `token` was issued by deviceTokenFor for this (normalized) address. */
export function isDeviceTokenFor(
  token: string | undefined,
  email: string,
  config: AppConfig,
): boolean {
  const [nonce, signature, ...rest] = (token ?? '').split('.');
  if (!nonce || !signature || rest.length > 0) return false;
  return sameSecret(signature, mac(nonce, email, config));
}

function mac(nonce: string, email: string, config: AppConfig): string {
  return createHmac('sha256', config.sessionSecret)
    .update(`device:${email}:${nonce}`)
    .digest('base64url');
}
