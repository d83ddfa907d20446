/**
 * Where the portal loads an item's thumbnail from: Chorus itself, never the page's server. The
 * version changes with the picture, so a browser may keep one address's answer for long.
 */
export function thumbnailUrl(itemId: string, hash: string | null | undefined): string | null {
  return hash ? `/api/content/${itemId}/thumbnail?v=${hash.slice(0, 16)}` : null;
}

/**
 * Where a mail loads an item's thumbnail from (absolute, on Chorus itself): mail clients send no
 * session, so the address carries the picture's whole hash instead, which only those who were
 * sent it know, and answers for approved items only.
 */
export function mailedThumbnailUrl(origin: string, itemId: string, hash: string): string {
  return new URL(`/api/content/${itemId}/thumbnails/${hash}`, origin).href;
}
