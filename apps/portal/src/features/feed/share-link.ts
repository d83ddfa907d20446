import { isShareSource, type ShareNetwork, type ShareSource } from '@chorus/core';
import { isShareNetwork } from '../../lib/value-guards';

/**
 * The portal address that opens the share dialog for one item, as the digest's and the chat
 * channels' buttons link to it: `/share/{itemId}?network=linkedin&source=digest`. Opening it
 * changes nothing (mail scanners open every link): the share happens when the person presses Share.
 */
export const SHARE_LINK_PATH = '/share/:itemId';

export interface ShareLink {
  /** The network the link asks for, when it names one Chorus knows. */
  network: ShareNetwork | null;
  /** Where the link was followed from: recorded on the share. The feed when missing or unknown. */
  source: ShareSource;
}

/** What a share link's query asks for; anything unknown is left out rather than trusted. */
export function readShareLink(params: URLSearchParams): ShareLink {
  const network = params.get('network')?.toLowerCase();
  const source = params.get('source');
  return {
    network: isShareNetwork(network) ? network : null,
    source: isShareSource(source) ? source : 'feed',
  };
}
