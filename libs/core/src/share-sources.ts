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
