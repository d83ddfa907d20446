import { SHARE_NETWORKS, type ShareNetwork } from '@chorus/core';

/** At most this many share buttons under each item of a digest; the dialog they open offers all. */
export const DIGEST_MAX_NETWORKS = 4;

/**
 * The networks a person's digest offers a button for under each item: the organisation's networks
 * that the person has shared to or declared a profile on, in the usual order, or the first of the
 * organisation's when they have none. Eleven buttons under each of eight items would bury them.
 */
export function digestNetworks(
  enabled: readonly ShareNetwork[],
  own: readonly string[],
): ShareNetwork[] {
  const offered = SHARE_NETWORKS.filter((network) => enabled.includes(network));
  const theirs = offered.filter((network) => own.includes(network));
  return (theirs.length > 0 ? theirs : offered).slice(0, DIGEST_MAX_NETWORKS);
}
