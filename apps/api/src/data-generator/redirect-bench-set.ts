import type { ShareNetwork } from '@chorus/core';
import type { Client } from 'pg';
import { ContentItem } from '../content/entities/content-item.entity';
import { Share } from '../sharing/entities/share.entity';
import { User } from '../users/entities/user.entity';
import { DAY, HOUR, iso } from './calendar';
import { entityTable, pgArray } from './copy-rows';
import { pick, randomFromSeed, trackedCodes, uuid, type Random } from './draw';
import { GeneratorRepository } from './generator.repository';

// The data set of `npm run bench:redirect`: sharers, three campaigns, live items (some in a
// campaign, whose slug is then the utm_campaign) and shares of them, half of them verified
// already, the others waiting for their first click.

export interface RedirectBenchSizes {
  sharers: number;
  items: number;
  shares: number;
}

export const REDIRECT_BENCH_SIZES: Readonly<Omit<RedirectBenchSizes, 'shares'>> = {
  sharers: 200,
  items: 500,
};

const CAMPAIGNS = [
  { name: 'Spring launch', slug: 'spring-launch' },
  { name: 'Careers week', slug: 'careers-week' },
  { name: 'Green goals', slug: 'green-goals' },
];
/** LinkedIn three times as often as the others. */
const NETWORKS: readonly ShareNetwork[] = [
  'linkedin',
  'linkedin',
  'linkedin',
  'x',
  'facebook',
  'xing',
  'bluesky',
  'email',
];

export interface RedirectBenchSet {
  sharers: { id: string; email: string; name: string }[];
  items: { id: string; url: string; title: string; publishAt: number; campaignId: string | null }[];
  shares: {
    userId: string;
    itemId: string;
    network: ShareNetwork;
    code: string;
    verified: boolean;
  }[];
}

/** The redirect benchmark's data, relative to `now`; 30% of the items in one of `campaignIds`. */
export function planRedirectBenchSet(
  random: Random,
  sizes: RedirectBenchSizes,
  campaignIds: readonly string[],
  now: number,
): RedirectBenchSet {
  const sharers = Array.from({ length: sizes.sharers }, (_, index) => ({
    id: uuid(random),
    email: `sharer${index + 1}@bench.test`,
    name: `Sharer ${index + 1}`,
  }));
  const items = Array.from({ length: sizes.items }, (_, index) => ({
    id: uuid(random),
    url: `https://news.bench.test/articles/${index + 1}-a-story-worth-sharing?ref=newsroom`,
    title: `Bench story ${index + 1}: what our teams learned`,
    publishAt: now - random() * 30 * DAY,
    campaignId: random() < 0.3 ? pick(random, campaignIds) : null,
  }));
  const shares = trackedCodes(random, sizes.shares).map((code) => ({
    userId: pick(random, sharers).id,
    itemId: pick(random, items).id,
    network: pick(random, NETWORKS),
    code,
    verified: random() < 0.5,
  }));
  return { sharers, items, shares };
}

const USERS = entityTable(User, ['id', 'email', 'name', 'roles', 'status']);
const ITEMS = entityTable(ContentItem, [
  'id',
  'url',
  'kind',
  'status',
  'title',
  'siteName',
  'publishAt',
  'approvedAt',
  'unfurlState',
  'campaignId',
]);
/** The database works out each share's day from its createdAt. */
const SHARES = entityTable(Share, [
  'userId',
  'itemId',
  'network',
  'text',
  'code',
  'createdAt',
  'verifiedAt',
]);

/**
 * Writes the redirect benchmark's data into a migrated, empty database in one transaction, then
 * ANALYZE. Resolves with the shares' codes, in a random order.
 */
export async function seedRedirectBench(
  client: Client,
  { seed, shares }: { seed: number; shares: number },
): Promise<string[]> {
  const db = new GeneratorRepository(client);
  const now = Date.now();
  await db.begin();
  let set: RedirectBenchSet;
  try {
    const campaigns = await db.campaigns(CAMPAIGNS);
    set = planRedirectBenchSet(
      randomFromSeed(seed),
      { ...REDIRECT_BENCH_SIZES, shares },
      [...campaigns.values()],
      now,
    );
    await db.copy(
      USERS,
      set.sharers.map((sharer) =>
        USERS.row({ ...sharer, roles: pgArray(['employee']), status: 'active' }),
      ),
    );
    await db.copy(
      ITEMS,
      set.items.map((item) =>
        ITEMS.row({
          ...item,
          kind: 'company_news',
          status: 'approved',
          siteName: 'Bench News',
          publishAt: iso(item.publishAt),
          approvedAt: iso(now - 31 * DAY),
          unfurlState: 'done',
        }),
      ),
    );
    await db.copy(
      SHARES,
      set.shares.map((share) =>
        SHARES.row({
          ...share,
          text: 'Worth a read',
          createdAt: iso(now - DAY),
          verifiedAt: share.verified ? iso(now - 20 * HOUR) : null,
        }),
      ),
    );
    await db.commit();
  } catch (error) {
    await db.rollback().catch(() => {});
    throw error;
  }
  await db.analyse();
  return set.shares.map((share) => share.code);
}
