import { DomainError } from '../common/domain-error';
import type { FeedCursor } from './feed-catalogue';

/** The cursor after `row`: opaque to clients, base64url of its sort key. */
export function encodeCursor(entry: FeedCursor): string {
  const key = [entry.pinned ? 1 : 0, entry.followed ? 1 : 0, entry.sortAt, entry.id];
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a cursor given back by a client; anything not made by `encodeCursor` is a 400. */
export function decodeCursor(cursor: string): FeedCursor {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === 4 &&
      (key[0] === 0 || key[0] === 1) &&
      (key[1] === 0 || key[1] === 1) &&
      typeof key[2] === 'number' &&
      Number.isFinite(key[2]) &&
      typeof key[3] === 'string' &&
      UUID.test(key[3])
    ) {
      return { pinned: key[0] === 1, followed: key[1] === 1, sortAt: key[2], id: key[3] };
    }
  } catch {
    // Falls through to the error below.
  }
  throw new DomainError('invalid_input', 'errors:feed.invalidCursor');
}
