/**
 * Where the portal loads an item's thumbnail from: Chorus itself, never the page's server. The
 * version changes with the picture, so a browser may keep one address's answer for long.
 */
export function thumbnailUrl(itemId: string, hash: string | null | undefined): string | null {
  return hash ? `/api/content/${itemId}/thumbnail?v=${hash.slice(0, 16)}` : null;
}
