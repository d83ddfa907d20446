import { createHmac, timingSafeEqual } from 'node:crypto';
import { isNotificationKind, type NotificationKind } from '@chorus/core';

/** What an unsubscribe link stops: the digest, or the mail of one kind of notification. */
export type UnsubscribeScope = 'digest' | NotificationKind;

export function isUnsubscribeScope(value: unknown): value is UnsubscribeScope {
  return value === 'digest' || isNotificationKind(value);
}

export interface UnsubscribeClaim {
  userId: string;
  scope: UnsubscribeScope;
}

/** The first byte of every token: a later format gets another, and old links still read. */
const VERSION = 1;
const UUID_BYTES = 16;
const MAC_BYTES = 16;
const MAX_TOKEN_LENGTH = 200;

/**
 * A link that works without signing in must not be guessable: the token names the person and
 * the scope, with an HMAC (SHA-256, truncated to 128 bits) under a key derived from the session
 * secret. It does not expire: a mail read a year later still unsubscribes.
 *
 * Layout, base64url: version (1 byte) · person id (16 bytes) · scope (UTF-8) · MAC (16 bytes).
 */
export function signUnsubscribeToken(secret: string, { userId, scope }: UnsubscribeClaim): string {
  const payload = Buffer.concat([
    Buffer.from([VERSION]),
    Buffer.from(userId.replace(/-/g, ''), 'hex'),
    Buffer.from(scope, 'utf8'),
  ]);
  return Buffer.concat([payload, mac(secret, payload)]).toString('base64url');
}

/** The claim a token makes when its MAC is right; null for anything else. */
export function readUnsubscribeToken(secret: string, token: string): UnsubscribeClaim | null {
  if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length <= 1 + UUID_BYTES + MAC_BYTES || bytes[0] !== VERSION) return null;
  const payload = bytes.subarray(0, bytes.length - MAC_BYTES);
  const given = bytes.subarray(bytes.length - MAC_BYTES);
  if (!timingSafeEqual(given, mac(secret, payload))) return null;
  const scope = payload.subarray(1 + UUID_BYTES).toString('utf8');
  if (!isUnsubscribeScope(scope)) return null;
  const hex = payload.subarray(1, 1 + UUID_BYTES).toString('hex');
  const userId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { userId, scope };
}

function mac(secret: string, payload: Buffer): Buffer {
  // A key of its own, so that no other use of the session secret can produce these MACs.
  const key = createHmac('sha256', secret).update('chorus:unsubscribe').digest();
  return createHmac('sha256', key).update(payload).digest().subarray(0, MAC_BYTES);
}
