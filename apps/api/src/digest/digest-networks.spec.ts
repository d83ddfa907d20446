import { SHARE_NETWORKS } from '@chorus/core';
import { DIGEST_MAX_NETWORKS, digestNetworks } from './digest-networks';

describe('digestNetworks', () => {
  it("offers the organisation's networks the person uses, in the usual order", () => {
    expect(digestNetworks(['x', 'linkedin', 'mastodon'], ['mastodon', 'linkedin', 'xing'])).toEqual(
      ['linkedin', 'mastodon'],
    );
  });

  it("offers the first of the organisation's networks to someone who uses none of them", () => {
    expect(digestNetworks(['telegram', 'x', 'linkedin'], [])).toEqual([
      'linkedin',
      'x',
      'telegram',
    ]);
    expect(digestNetworks(['x', 'linkedin'], ['instagram'])).toEqual(['linkedin', 'x']);
  });

  it('never offers more than a few buttons under an item', () => {
    expect(digestNetworks(SHARE_NETWORKS, [])).toEqual(
      SHARE_NETWORKS.slice(0, DIGEST_MAX_NETWORKS),
    );
    expect(digestNetworks(SHARE_NETWORKS, [...SHARE_NETWORKS])).toHaveLength(DIGEST_MAX_NETWORKS);
  });

  it('offers nothing when the organisation offers no network', () => {
    expect(digestNetworks([], ['linkedin'])).toEqual([]);
  });
});
