import { isLive, TRACKED_CODE_LENGTH } from '@chorus/core';
import { DAY } from './calendar';
import { randomFromSeed, uuid } from './draw';
import { feedBenchEmail, planFeedBenchSet } from './feed-bench-set';
import { planRedirectBenchSet } from './redirect-bench-set';

const NOW = Date.parse('2026-11-20T10:15:00Z');
const ids = (count: number, seed: number) => {
  const random = randomFromSeed(seed);
  return Array.from({ length: count }, () => uuid(random));
};
const NAMES = { departments: ids(6, 1), locations: ids(6, 2), topics: ids(12, 3) };

describe('the feed benchmark data set', () => {
  const sizes = { users: 600, liveItems: 500, notLiveItems: 200, shares: 2_000, signedIn: 20 };
  const set = planFeedBenchSet(randomFromSeed(11), sizes, NAMES, NOW);
  const asOfNow = (item: (typeof set.items)[number]) => ({
    status: item.status,
    publishAt: item.publishAt === null ? null : new Date(item.publishAt),
    expiresAt: item.expiresAt === null ? null : new Date(item.expiresAt),
  });

  it('is the same for the same seed', () => {
    const again = planFeedBenchSet(randomFromSeed(11), sizes, NAMES, NOW);
    expect(JSON.stringify(again)).toBe(JSON.stringify(set));
  });

  it('has exactly the live items asked for, by libs/core’s rule, and the others not live', () => {
    const live = set.items.filter((item) => isLive(asOfNow(item), new Date(NOW)));
    expect(live).toHaveLength(sizes.liveItems);
    expect(live.every((item) => item.phase === 'live')).toBe(true);
    expect(set.items).toHaveLength(sizes.liveItems + sizes.notLiveItems);
    const statuses = new Set(set.items.map((item) => item.status));
    expect([...statuses].sort()).toEqual(['approved', 'draft', 'in_review']);
  });

  it('has people who sign in by their address, following distinct topics', () => {
    expect(set.people.slice(0, 2).map((p) => p.email)).toEqual([
      feedBenchEmail(1),
      feedBenchEmail(2),
    ]);
    const follows = set.follows.map((f) => `${f.userId} ${f.topicId}`);
    expect(new Set(follows).size).toBe(follows.length);
  });

  it('shares only approved items, in the last 30 days, some by the people who sign in', () => {
    const approved = new Set(set.items.filter((i) => i.status === 'approved').map((i) => i.id));
    expect(set.shares.filter((share) => !approved.has(share.itemId))).toEqual([]);
    expect(set.shares.filter((s) => s.at > NOW || s.at < NOW - 30 * DAY)).toEqual([]);
    const signedIn = new Set(set.people.slice(0, sizes.signedIn).map((p) => p.id));
    const bySignedIn = set.shares.filter((share) => signedIn.has(share.userId)).length;
    expect(bySignedIn / set.shares.length).toBeGreaterThan(0.05);
    expect(new Set(set.shares.map((s) => s.code)).size).toBe(sizes.shares);
  });
});

describe('the redirect benchmark data set', () => {
  const campaigns = ids(3, 4);
  const sizes = { sharers: 50, items: 100, shares: 1_000 };
  const set = planRedirectBenchSet(randomFromSeed(12), sizes, campaigns, NOW);

  it('is the same for the same seed', () => {
    const again = planRedirectBenchSet(randomFromSeed(12), sizes, campaigns, NOW);
    expect(JSON.stringify(again)).toBe(JSON.stringify(set));
  });

  it('has distinct codes, shares of its own items by its own sharers, some in a campaign', () => {
    expect(new Set(set.shares.map((s) => s.code)).size).toBe(sizes.shares);
    expect(set.shares.every((s) => s.code.length === TRACKED_CODE_LENGTH)).toBe(true);
    const sharers = new Set(set.sharers.map((s) => s.id));
    const items = new Set(set.items.map((i) => i.id));
    expect(set.shares.filter((s) => !sharers.has(s.userId) || !items.has(s.itemId))).toEqual([]);
    const inCampaign = set.items.filter((item) => item.campaignId !== null);
    expect(inCampaign.every((item) => campaigns.includes(item.campaignId!))).toBe(true);
    expect(inCampaign.length).toBeGreaterThan(0);
    expect(set.shares.some((s) => s.verified) && set.shares.some((s) => !s.verified)).toBe(true);
  });
});
