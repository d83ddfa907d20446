import type { ContentKind } from '@chorus/core';

/** An approved item as the feed needs it: what to show, and whom and when it is for. */
export interface CatalogueItem {
  id: string;
  kind: ContentKind;
  url: string;
  title: string | null;
  summary: string | null;
  imageUrl: string | null;
  siteName: string | null;
  language: string | null;
  pinned: boolean;
  publishAt: number | null;
  expiresAt: number | null;
  /** publishAt, else approval, else creation: the order of "newest". */
  sortAt: number;
  topics: { id: string; name: string }[];
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

/**
 * Whether the item is live at `now` and meant for the person: for each of department, location
 * and language, an item that names none is for everyone, otherwise the person's must be named.
 */
export function isVisible(item: CatalogueItem, audience: Audience, now: number): boolean {
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

/** Newest first, then by id: the order the catalogue is kept in. */
export function byNewest(a: CatalogueItem, b: CatalogueItem): number {
  if (a.sortAt !== b.sortAt) return b.sortAt - a.sortAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * One page of the person's feed, after `cursor`, in feed order. The catalogue must be sorted
 * `byNewest`: one pass sorts the visible items into pinned and followed groups that keep that
 * order, so no page needs a sort.
 */
export function feedPage(
  catalogue: readonly CatalogueItem[],
  audience: Audience,
  filter: FeedFilter,
  options: { now: number; limit: number; after?: FeedCursor },
): { entries: FeedEntryKey[]; more: boolean } {
  // Pinned and followed, pinned, followed, the rest: the feed's order of groups.
  const groups: CatalogueItem[][] = [[], [], [], []];
  const followedIds = new Set<string>();
  for (const item of catalogue) {
    if (filter.kind && item.kind !== filter.kind) continue;
    if (filter.topicId && !item.topics.some((topic) => topic.id === filter.topicId)) continue;
    if (!isVisible(item, audience, options.now)) continue;
    const followed = item.topics.some((topic) => audience.followedTopicIds.has(topic.id));
    if (followed) followedIds.add(item.id);
    groups[(item.pinned ? 0 : 2) + (followed ? 0 : 1)].push(item);
  }
  const entries: FeedEntryKey[] = [];
  for (const group of groups) {
    for (const item of group) {
      const entry = {
        item,
        id: item.id,
        pinned: item.pinned,
        followed: followedIds.has(item.id),
        sortAt: item.sortAt,
      };
      if (options.after && compareEntries(entry, options.after) <= 0) continue;
      if (entries.length === options.limit) return { entries, more: true };
      entries.push(entry);
    }
  }
  return { entries, more: false };
}
