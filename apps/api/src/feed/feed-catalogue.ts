import type { ContentKind, Translations } from '@chorus/core';

/** An approved item as the feed needs it: what to show, and whom and when it is for. */
export interface CatalogueItem {
  id: string;
  kind: ContentKind;
  url: string;
  title: string | null;
  summary: string | null;
  imageUrl: string | null;
  /** The version of its card picture, if Chorus has made one. */
  thumbnailHash: string | null;
  siteName: string | null;
  language: string | null;
  pinned: boolean;
  publishAt: number | null;
  expiresAt: number | null;
  /** publishAt, else approval, else creation: the order of "newest". */
  sortAt: number;
  topics: { id: string; name: string; names: Translations }[];
  campaign: { id: string; name: string } | null;
  departmentIds: string[];
  locationIds: string[];
  languages: string[];
}

/** The person the feed is for. */
export interface Audience {
  departmentId: string | null;
  locationId: string | null;
  language: string;
  followedTopicIds: ReadonlySet<string>;
}

export interface FeedFilter {
  kind?: ContentKind;
  topicId?: string;
  /** Items left out, e.g. those the person already shared (the digest's picks). */
  excludeIds?: ReadonlySet<string>;
}

/** Where a page of the feed starts: after the entry with this sort key. */
export interface FeedCursor {
  pinned: boolean;
  followed: boolean;
  sortAt: number;
  id: string;
}

export interface FeedEntryKey extends FeedCursor {
  item: CatalogueItem;
}

/** What decides whom an item is for, and when. */
export type Targeting = Pick<
  CatalogueItem,
  'publishAt' | 'expiresAt' | 'languages' | 'departmentIds' | 'locationIds'
>;

/** What decides which items are for a person. */
export type TargetedPerson = Pick<Audience, 'departmentId' | 'locationId' | 'language'>;

/**
 * Whether the item is live at `now` and meant for the person: for each of department, location
 * and language, an item that names none is for everyone, otherwise the person's must be named.
 */
export function isVisible(item: Targeting, audience: TargetedPerson, now: number): boolean {
  return (
    (item.publishAt === null || item.publishAt <= now) &&
    (item.expiresAt === null || item.expiresAt > now) &&
    (item.languages.length === 0 || item.languages.includes(audience.language)) &&
    (item.departmentIds.length === 0 ||
      (audience.departmentId !== null && item.departmentIds.includes(audience.departmentId))) &&
    (item.locationIds.length === 0 ||
      (audience.locationId !== null && item.locationIds.includes(audience.locationId)))
  );
}

/** Feed order: pinned first, then items on followed topics, then newest, then by id. */
export function compareEntries(a: FeedCursor, b: FeedCursor): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  if (a.followed !== b.followed) return a.followed ? -1 : 1;
  if (a.sortAt !== b.sortAt) return b.sortAt - a.sortAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

type NewestKey = Pick<CatalogueItem, 'sortAt' | 'id'>;

/** Newest first, then by id: the order the catalogue is kept in. */
export function byNewest(a: NewestKey, b: NewestKey): number {
  if (a.sortAt !== b.sortAt) return b.sortAt - a.sortAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * The approved items one replica holds, with the indexes a page needs so that it reads only
 * about as many items as it shows: the pinned ones, and the items of each topic and kind, each
 * list kept `byNewest`.
 */
export class Catalogue {
  readonly items: readonly CatalogueItem[];
  readonly pinned: readonly CatalogueItem[];
  private readonly byId = new Map<string, CatalogueItem>();
  private readonly byTopic = new Map<string, CatalogueItem[]>();
  private readonly byKind = new Map<ContentKind, CatalogueItem[]>();

  constructor(items: readonly CatalogueItem[]) {
    this.items = [...items].sort(byNewest);
    this.pinned = this.items.filter((item) => item.pinned);
    for (const item of this.items) {
      this.byId.set(item.id, item);
      append(this.byKind, item.kind, item);
      for (const topic of item.topics) append(this.byTopic, topic.id, item);
    }
  }

  get(id: string): CatalogueItem | undefined {
    return this.byId.get(id);
  }

  /** The items of a topic, newest first. */
  onTopic(topicId: string): readonly CatalogueItem[] {
    return this.byTopic.get(topicId) ?? [];
  }

  /** The smallest list that holds every item passing the filter, newest first. */
  candidates(filter: FeedFilter): readonly CatalogueItem[] {
    const lists = [
      filter.topicId === undefined ? this.items : this.onTopic(filter.topicId),
      filter.kind === undefined ? this.items : (this.byKind.get(filter.kind) ?? []),
    ];
    return lists[0].length <= lists[1].length ? lists[0] : lists[1];
  }
}

function append<K>(index: Map<K, CatalogueItem[]>, key: K, item: CatalogueItem): void {
  const list = index.get(key);
  if (list) list.push(item);
  else index.set(key, [item]);
}

/**
 * One page of the person's feed, after `cursor`, in feed order: pinned and followed, pinned,
 * followed, then the rest, each group newest first. Each group is read from the catalogue's
 * lists from the cursor on, and reading stops once the page is full.
 */
export function feedPage(
  catalogue: Catalogue,
  audience: Audience,
  filter: FeedFilter,
  options: { now: number; limit: number; after?: FeedCursor },
): { entries: FeedEntryKey[]; more: boolean } {
  const { after, now, limit } = options;
  const isFollowed = (item: CatalogueItem) =>
    item.topics.some((topic) => audience.followedTopicIds.has(topic.id));
  const passes = (item: CatalogueItem) =>
    (filter.kind === undefined || item.kind === filter.kind) &&
    (filter.topicId === undefined || item.topics.some((topic) => topic.id === filter.topicId)) &&
    !filter.excludeIds?.has(item.id) &&
    isVisible(item, audience, now);
  const followedLists =
    filter.topicId !== undefined
      ? [catalogue.onTopic(filter.topicId)]
      : [...audience.followedTopicIds].map((topicId) => catalogue.onTopic(topicId));
  const groups: {
    pinned: boolean;
    followed: boolean;
    lists: readonly (readonly CatalogueItem[])[];
  }[] = [
    { pinned: true, followed: true, lists: [catalogue.pinned] },
    { pinned: true, followed: false, lists: [catalogue.pinned] },
    { pinned: false, followed: true, lists: followedLists },
    { pinned: false, followed: false, lists: [catalogue.candidates(filter)] },
  ];
  const entries: FeedEntryKey[] = [];
  for (const group of groups) {
    if (after && groupBefore(group, after)) continue;
    const start =
      after && group.pinned === after.pinned && group.followed === after.followed
        ? after
        : undefined;
    for (const item of newestFirst(group.lists, start)) {
      if (item.pinned !== group.pinned || isFollowed(item) !== group.followed || !passes(item)) {
        continue;
      }
      if (entries.length === limit) return { entries, more: true };
      entries.push({
        item,
        id: item.id,
        pinned: item.pinned,
        followed: group.followed,
        sortAt: item.sortAt,
      });
    }
  }
  return { entries, more: false };
}

/** Whether every entry of the group comes before the cursor in feed order. */
function groupBefore(group: { pinned: boolean; followed: boolean }, after: FeedCursor): boolean {
  if (group.pinned !== after.pinned) return group.pinned;
  return group.followed !== after.followed && group.followed;
}

/**
 * The items of several `byNewest` lists merged in that order, each item once, starting after
 * `after` when given (found by binary search in each list).
 */
function* newestFirst(
  lists: readonly (readonly CatalogueItem[])[],
  after?: FeedCursor,
): Generator<CatalogueItem> {
  const positions = lists.map((list) => (after ? firstAfter(list, after) : 0));
  let last: CatalogueItem | undefined;
  for (;;) {
    let best = -1;
    for (let i = 0; i < lists.length; i += 1) {
      const candidate = lists[i][positions[i]];
      if (candidate && (best < 0 || byNewest(candidate, lists[best][positions[best]]) < 0)) {
        best = i;
      }
    }
    if (best < 0) return;
    const item = lists[best][positions[best]];
    positions[best] += 1;
    // The same item on two followed topics comes out of both lists, one after the other.
    if (item === last) continue;
    last = item;
    yield item;
  }
}

/** The index of the first item of a `byNewest` list that comes after the cursor. */
function firstAfter(list: readonly CatalogueItem[], after: FeedCursor): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byNewest(list[middle], after) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
