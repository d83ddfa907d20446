import { createHmac } from 'node:crypto';
import { sameSecret } from '../../common/constant-time';

/**
 * Where the portal loads an item's thumbnail from: Chorus itself, never the page's server. The
 * version changes with the picture, so a browser may keep one address's answer for long.
 */
export function thumbnailUrl(itemId: string, hash: string | null | undefined): string | null {
  return hash ? `/api/content/${itemId}/thumbnail?v=${hash.slice(0, 16)}` : null;
}

/** Characters of the version a shared address names: enough to tell pictures apart. */
const VERSION_LENGTH = 16;

function signature(secret: string, itemId: string, version: string): string {
  return createHmac('sha256', secret)
    .update(`shared-thumbnail:${itemId}:${version}`)
    .digest('base64url')
    .slice(0, 32);
}

/**
 * An address of an approved item's thumbnail that works without signing in, for places that
 * cannot sign in (Slack and Teams fetch the picture of a message themselves). It is signed with
 * the session secret, so only the addresses Chorus gives out open, and each names one picture.
 */
export function sharedThumbnailUrl(
  origin: string,
  secret: string,
  itemId: string,
  hash: string | null | undefined,
): string | null {
  if (!hash) return null;
  const version = hash.slice(0, VERSION_LENGTH);
  const sig = signature(secret, itemId, version);
  return `${origin}/api/content/${itemId}/thumbnail/shared?v=${version}&sig=${sig}`;
}

/** Whether a shared thumbnail address was given out by Chorus (see sharedThumbnailUrl). */
export function isSharedThumbnailSigned(
  secret: string,
  itemId: string,
  version: string,
  sig: string,
): boolean {
  return sameSecret(sig, signature(secret, itemId, version));
}
