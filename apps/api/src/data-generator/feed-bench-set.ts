import type { ContentKind, ContentStatus, PreferredLanguage, ShareNetwork } from '@chorus/core';
import type { Client } from 'pg';
import { hashPassword } from '../auth/passwords';
import { ContentItem } from '../content/entities/content-item.entity';
import { TopicFollow } from '../feed/entities/topic-follow.entity';
import { Share } from '../sharing/entities/share.entity';
import { User } from '../users/entities/user.entity';
import { DAY, HOUR, iso } from './calendar';
import { DEPARTMENTS, LANGUAGES, LOCATIONS, TOPICS } from './catalogue';
import { entityTable, joinTable, pgArray } from './copy-rows';
import { pick, randomFromSeed, trackedCodes, uuid, type Random } from './draw';
import { GeneratorRepository } from './generator.repository';

// The data set of `npm run bench:feed`: people who all sign in with one password, following
// topics; content live now, in the feed, and content that is not (drafts, in review, expired,
// scheduled), some of it pinned or meant for some departments, locations or languages; and
// shares of it, some by the people who load their feeds.

export interface FeedBenchSizes {
  users: number;
  liveItems: number;
  notLiveItems: number;
  shares: number;
  /** People 1 to N share more (10% of all shares), so that their feeds show what they shared. */
  signedIn: number;
}

export const FEED_BENCH_DOMAIN = 'bench.test';

/** The address of person `i` (1 to users). */
export const feedBenchEmail = (i: number): string => `person${i}@${FEED_BENCH_DOMAIN}`;

/** English more often than the others. */
const USER_LANGUAGES: readonly PreferredLanguage[] = ['en', 'en', ...LANGUAGES];
const ITEM_KINDS: readonly ContentKind[] = [
  'company_news',
  'company_news',
  'industry',
  'industry',
  'event',
  'job',
];
const SHARE_NETWORKS: readonly ShareNetwork[] = ['linkedin', 'x', 'facebook', 'xing', 'bluesky'];
const SUMMARY = 'A short summary of the story, as unfurled from the page. '.repeat(3).trim();

/** Ids of the named rows the set refers to, in catalogue order. */
export interface FeedBenchNames {
  departments: string[];
  locations: string[];
  topics: string[];
}

type Phase = 'live' | 'draft' | 'expired' | 'scheduled';

export interface FeedBenchSet {
  people: {
    id: string;
    email: string;
    name: string;
    language: PreferredLanguage;
    departmentId: string;
    locationId: string;
  }[];
  follows: { userId: string; topicId: string }[];
  items: {
    id: string;
    phase: Phase;
    url: string;
    kind: ContentKind;
    status: ContentStatus;
    title: string;
    language: PreferredLanguage;
    pinned: boolean;
    targetLanguages: PreferredLanguage[];
    publishAt: number | null;
    expiresAt: number | null;
    approvedAt: number | null;
    createdAt: number;
    topicIds: string[];
    groupIds: string[];
  }[];
  shares: { userId: string; itemId: string; network: ShareNetwork; code: string; at: number }[];
}

/** The feed benchmark's data, relative to `now`. */
export function planFeedBenchSet(
  random: Random,
  sizes: FeedBenchSizes,
  names: FeedBenchNames,
  now: number,
): FeedBenchSet {
  // Departments and locations spread evenly; languages at random, English the most common.
  const people = Array.from({ length: sizes.users }, (_, index) => {
    const i = index + 1;
    return {
      id: uuid(random),
      email: feedBenchEmail(i),
      name: `Person ${i}`,
      language: pick(random, USER_LANGUAGES),
      departmentId: names.departments[i % names.departments.length],
      locationId:
        names.locations[Math.floor(i / names.departments.length) % names.locations.length],
    };
  });
  // Each person follows 0-3 distinct topics.
  const follows = people.flatMap((person) => {
    const count = Math.floor(random() * 4);
    const first = Math.floor(random() * names.topics.length);
    return Array.from({ length: count }, (_, k) => ({
      userId: person.id,
      topicId: names.topics[(first + (k + 1) * 5) % names.topics.length],
    }));
  });
  const drafts = Math.round(sizes.notLiveItems * 0.35);
  const expired = Math.round(sizes.notLiveItems * 0.35);
  const phaseOf = (i: number): Phase =>
    i <= sizes.liveItems
      ? 'live'
      : i <= sizes.liveItems + drafts
        ? 'draft'
        : i <= sizes.liveItems + drafts + expired
          ? 'expired'
          : 'scheduled';
  const items = Array.from({ length: sizes.liveItems + sizes.notLiveItems }, (_, index) =>
    planItem(random, index + 1, phaseOf(index + 1), names, now),
  );
  // Shares by random people of random approved items; 10% of them by the people who sign in.
  const approved = items.filter((item) => item.status === 'approved');
  const signedIn = people.slice(0, sizes.signedIn);
  const shares = trackedCodes(random, sizes.shares).map((code) => ({
    userId: pick(random, random() < 0.1 && signedIn.length > 0 ? signedIn : people).id,
    itemId: pick(random, approved).id,
    network: pick(random, SHARE_NETWORKS),
    code,
    at: now - random() * 30 * DAY,
  }));
  return { people, follows, items, shares };
}

/**
 * Live: approved, published in the last 60 days (5% at approval, publish_at empty), no expiry or
 * a future one; 1 in 250 pinned, 10% for one or two languages. Drafts and items in review,
 * expired items, and scheduled ones. One to three topics each; ~30% for one or two departments,
 * ~15% for one location.
 */
function planItem(
  random: Random,
  i: number,
  phase: Phase,
  names: FeedBenchNames,
  now: number,
): FeedBenchSet['items'][number] {
  const at = now - random() * 60 * DAY;
  const targetLanguages: PreferredLanguage[] = [];
  if (phase === 'live' && random() < 0.1) {
    targetLanguages.push(pick(random, LANGUAGES));
    const second = pick(random, LANGUAGES);
    if (random() < 0.5 && !targetLanguages.includes(second)) targetLanguages.push(second);
  }
  const extraTopics = Math.floor(random() * 3);
  const firstTopic = Math.floor(random() * names.topics.length);
  const groupIds: string[] = [];
  if (random() < 0.3) {
    const department = Math.floor(random() * names.departments.length);
    const extra = Math.floor(random() * 2);
    for (let k = 0; k <= extra; k += 1) {
      groupIds.push(names.departments[(department + k) % names.departments.length]);
    }
  }
  if (random() < 0.15) groupIds.push(pick(random, names.locations));
  return {
    id: uuid(random),
    phase,
    url: `https://news.${FEED_BENCH_DOMAIN}/articles/${i}-a-story-worth-sharing`,
    kind: pick(random, ITEM_KINDS),
    status: phase !== 'draft' ? 'approved' : i % 2 === 0 ? 'draft' : 'in_review',
    title: `Bench story ${i}: what our teams learned this quarter`,
    language: LANGUAGES[i % LANGUAGES.length],
    pinned: phase === 'live' && i % 250 === 0,
    targetLanguages,
    ...publicationWindow(random, phase, at, now),
    approvedAt: phase === 'draft' ? null : at - 2 * HOUR,
    createdAt: at - DAY,
    topicIds: Array.from(
      { length: extraTopics + 1 },
      (_, k) => names.topics[(firstTopic + k * 5) % names.topics.length],
    ),
    groupIds,
  };
}

/**
 * When an item is published and until when: live ones since `at` (5% since their approval,
 * publish_at empty), 20% of them until a day in the next month; expired ones for the 60 days
 * up to `at`; scheduled ones from a day in the next month.
 */
function publicationWindow(
  random: Random,
  phase: Phase,
  at: number,
  now: number,
): { publishAt: number | null; expiresAt: number | null } {
  switch (phase) {
    case 'live': {
      const publishAt = random() < 0.05 ? null : at;
      const expiresAt = random() < 0.2 ? now + random() * 30 * DAY + HOUR : null;
      return { publishAt, expiresAt };
    }
    case 'expired':
      return { publishAt: at - 60 * DAY, expiresAt: at };
    case 'scheduled':
      return { publishAt: now + DAY + random() * 30 * DAY, expiresAt: null };
    case 'draft':
      return { publishAt: null, expiresAt: null };
  }
}

const USERS = entityTable(User, [
  'id',
  'email',
  'name',
  'roles',
  'status',
  'language',
  'departmentId',
  'locationId',
  'passwordHash',
]);
const FOLLOWS = entityTable(TopicFollow, ['userId', 'topicId']);
const ITEMS = entityTable(ContentItem, [
  'id',
  'url',
  'kind',
  'status',
  'title',
  'summary',
  'siteName',
  'language',
  'pinned',
  'targetLanguages',
  'publishAt',
  'expiresAt',
  'approvedAt',
  'unfurlState',
  'createdAt',
]);
const ITEM_TOPICS = joinTable(ContentItem, 'topics');
const ITEM_GROUPS = joinTable(ContentItem, 'targetGroups');
/** The database works out each share's day from its createdAt. */
const SHARES = entityTable(Share, ['userId', 'itemId', 'network', 'text', 'code', 'createdAt']);

const maybeIso = (at: number | null) => (at === null ? null : iso(at));

/**
 * Writes the feed benchmark's data into a migrated, empty database in one transaction, then
 * ANALYZE; every person signs in with `password`. Resolves with what it holds.
 */
export async function seedFeedBench(
  client: Client,
  { seed, password, ...sizes }: FeedBenchSizes & { seed: number; password: string },
): Promise<FeedBenchCounts> {
  const db = new GeneratorRepository(client);
  const passwordHash = await hashPassword(password);
  await db.begin();
  try {
    const departments = await db.groups(
      'department',
      DEPARTMENTS.map((d) => d.name),
    );
    const locations = await db.groups(
      'location',
      LOCATIONS.map((l) => l.name),
    );
    const topics = await db.topics(TOPICS);
    const set = planFeedBenchSet(
      randomFromSeed(seed),
      sizes,
      {
        departments: [...departments.values()],
        locations: [...locations.values()],
        topics: [...topics.values()],
      },
      Date.now(),
    );
    await db.copy(
      USERS,
      set.people.map((p) =>
        USERS.row({ ...p, roles: pgArray(['employee']), status: 'active', passwordHash }),
      ),
    );
    await db.copy(
      FOLLOWS,
      set.follows.map((follow) => FOLLOWS.row(follow)),
    );
    await db.copy(
      ITEMS,
      set.items.map((item) =>
        ITEMS.row({
          ...item,
          summary: SUMMARY,
          siteName: 'Bench News',
          targetLanguages: pgArray(item.targetLanguages),
          publishAt: maybeIso(item.publishAt),
          expiresAt: maybeIso(item.expiresAt),
          approvedAt: maybeIso(item.approvedAt),
          unfurlState: 'done',
          createdAt: iso(item.createdAt),
        }),
      ),
    );
    await db.copy(
      ITEM_TOPICS,
      set.items.flatMap((item) =>
        item.topicIds.map((topicId) => ITEM_TOPICS.row({ ownerId: item.id, relatedId: topicId })),
      ),
    );
    await db.copy(
      ITEM_GROUPS,
      set.items.flatMap((item) =>
        item.groupIds.map((groupId) => ITEM_GROUPS.row({ ownerId: item.id, relatedId: groupId })),
      ),
    );
    await db.copy(
      SHARES,
      set.shares.map((share) =>
        SHARES.row({
          ...share,
          text: 'Worth a read: what our teams learned this quarter',
          createdAt: iso(share.at),
        }),
      ),
    );
    await db.commit();
  } catch (error) {
    await db.rollback().catch(() => {});
    throw error;
  }
  await db.analyse();
  return db.feedBenchCounts();
}

export interface FeedBenchCounts {
  users: number;
  live: number;
  items: number;
  pinned: number;
  targeted: number;
  byLanguage: number;
  follows: number;
  shares: number;
}
