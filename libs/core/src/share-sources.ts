/**
 * Where a share was started: recorded on the share, so that the effect of the digest, of
 * notifications and of chat channels is measured from shares, never from open tracking.
 */
export const SHARE_SOURCES = [
  'feed',
  'digest',
  'notification',
  'slack',
  'teams',
  'extension',
] as const;

export type ShareSource = (typeof SHARE_SOURCES)[number];

export function isShareSource(value: unknown): value is ShareSource {
  return typeof value === 'string' && (SHARE_SOURCES as readonly string[]).includes(value);
}

/**
 * The address of Chorus's share link for an item: `/share/{itemId}`, which opens the share dialog
 * (after sign-in when needed) on `network` if given, and records where the share started. The
 * digest's buttons, notification mails and chat messages all lead there. Opening it changes
 * nothing: the share happens when the person presses Share.
 */
export function shareLinkUrl(
  publicUrl: string,
  itemId: string,
  options: { source: ShareSource; network?: string },
): string {
  const url = new URL(`/share/${encodeURIComponent(itemId)}`, publicUrl);
  if (options.network) url.searchParams.set('network', options.network);
  url.searchParams.set('source', options.source);
  return url.href;
}
