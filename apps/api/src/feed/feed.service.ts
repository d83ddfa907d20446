import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ContentKind, ShareNetwork } from '@chorus/core';
import { DomainError } from '../common/domain-error';
import { ContentItem } from '../content/entities/content-item.entity';
import type { ContentVariant } from '../content/entities/content-variant.entity';
import { Topic } from '../topics/entities/topic.entity';
import { decodeCursor, encodeCursor } from './feed-cursor';
import {
  feedPage,
  isVisible,
  type Audience,
  type Catalogue,
  type CatalogueItem,
} from './feed-catalogue';
import { FeedRepository } from './feed.repository';

export interface FeedEntry {
  item: CatalogueItem;
  followed: boolean;
  sharedOn: ShareNetwork[];
}

export interface FeedPage {
  items: FeedEntry[];
  nextCursor: string | null;
}

export interface Suggestion {
  variant: ContentVariant | null;
  text: string;
  /** The language the text is in, when known. */
  language: string | null;
  /** Whether the text is in another language than the person's, for want of one in theirs. */
  fallback: boolean;
}

/** What each employee sees worth sharing, and the topics they follow. */
@Injectable()
export class FeedService {
  private catalogue?: { revision: string; catalogue: Catalogue };
  private loading?: Promise<{ revision: string; catalogue: Catalogue }>;

  constructor(private readonly feed: FeedRepository) {}

  /**
   * One page of the person's feed, cut from the catalogue of approved items this replica holds
   * in memory. The catalogue is read again when the content revision (kept by database
   * triggers) has moved, so every change shows on the next request, on every replica; the time
   * window of each item is checked against the clock on each request.
   */
  async page(
    userId: string,
    query: { cursor?: string; limit: number; topicId?: string; kind?: ContentKind },
  ): Promise<FeedPage> {
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const found = await this.feed.audienceOf(userId);
    if (!found) throw new DomainError('not_found', 'errors:account.noLongerExists');
    const catalogue = await this.catalogueAt(found.revision);
    const { entries, more } = feedPage(
      catalogue,
      found.audience,
      { kind: query.kind, topicId: query.topicId },
      { now: Date.now(), limit: query.limit, after },
    );
    const shared = entries.length
      ? await this.feed.sharedNetworks(
          userId,
          entries.map((entry) => entry.id),
        )
      : new Map<string, ShareNetwork[]>();
    return {
      items: entries.map((entry) => ({
        item: entry.item,
        followed: entry.followed,
        sharedOn: shared.get(entry.id) ?? [],
      })),
      nextCursor: more ? encodeCursor(entries[entries.length - 1]) : null,
    };
  }

  /**
   * For each of these people, up to `limit` items live at `now` and meant for them that they
   * have not shared yet, in feed order (pinned first, then followed topics, then newest): what
   * reminders offer. People without any are left out.
   */
  async unsharedItems(
    userIds: string[],
    options: { now: number; limit: number },
  ): Promise<Map<string, CatalogueItem[]>> {
    const found = new Map<string, CatalogueItem[]>();
    if (userIds.length === 0) return found;
    const { audiences, revision } = await this.feed.audiencesOf(userIds);
    const catalogue = await this.catalogueAt(revision);
    const shared = await this.feed.sharedItems(
      userIds,
      catalogue.items.map((item) => item.id),
    );
    for (const [userId, audience] of audiences) {
      const items = await this.firstItems(audience, {
        excludeIds: shared.get(userId) ?? new Set<string>(),
        limit: options.limit,
        now: options.now,
        revision,
      });
      if (items.length > 0) found.set(userId, items);
    }
    return found;
  }

  /**
   * The first `limit` items of a person's feed (targeting, pinned first, then followed topics,
   * then newest) leaving out `excludeIds`: the digest's picks, by the feed's own rules. The
   * audiences come from the caller (a batch of people read at once); the catalogue is this
   * replica's, read again when the content revision moved.
   */
  async firstItems(
    audience: Audience,
    options: { excludeIds: ReadonlySet<string>; limit: number; now: number; revision: string },
  ): Promise<CatalogueItem[]> {
    const catalogue = await this.catalogueAt(options.revision);
    const { entries } = feedPage(
      catalogue,
      audience,
      { excludeIds: options.excludeIds },
      { now: options.now, limit: options.limit },
    );
    return entries.map((entry) => entry.item);
  }

  /** The content revision now: pass it to `firstItems` for a batch of people. */
  revision(): Promise<string> {
    return this.feed.revision();
  }

  private async catalogueAt(revision: string): Promise<Catalogue> {
    if (this.catalogue?.revision !== revision) {
      this.loading ??= this.feed.catalogue().finally(() => (this.loading = undefined));
      this.catalogue = await this.loading;
    }
    return this.catalogue.catalogue;
  }

  /**
   * One item of the person's feed, as the feed shows it, when it is live and meant for them
   * (a link into the share dialog names one); a 404 otherwise.
   */
  async entry(userId: string, itemId: string): Promise<FeedEntry> {
    const { item, audience } = await this.visibleEntry(userId, itemId);
    const shared = await this.feed.sharedNetworks(userId, [item.id]);
    return {
      item,
      followed: item.topics.some((topic) => audience.followedTopicIds.has(topic.id)),
      sharedOn: shared.get(item.id) ?? [],
    };
  }

  /** The item when it is live and meant for the person; a 404 otherwise. */
  async visibleItem(userId: string, itemId: string): Promise<ContentItem> {
    await this.visibleEntry(userId, itemId);
    return this.feed.getItemWithVariants(itemId);
  }

  /** Which of these items are live and meant for the person now: those they can share. */
  async visibleIds(userId: string, itemIds: readonly string[]): Promise<Set<string>> {
    if (itemIds.length === 0) return new Set();
    const found = await this.feed.audienceOf(userId);
    if (!found) return new Set();
    const catalogue = await this.catalogueAt(found.revision);
    const now = Date.now();
    return new Set(
      itemIds.filter((id) => {
        const item = catalogue.get(id);
        return item !== undefined && isVisible(item, found.audience, now);
      }),
    );
  }

  private async visibleEntry(
    userId: string,
    itemId: string,
  ): Promise<{ item: CatalogueItem; audience: Audience }> {
    const found = await this.feed.audienceOf(userId);
    const item = found ? (await this.catalogueAt(found.revision)).get(itemId) : undefined;
    if (!found || !item || !isVisible(item, found.audience, Date.now())) {
      throw new DomainError('not_found', 'errors:content.notShared', { id: itemId });
    }
    return { item, audience: found.audience };
  }

  /**
   * The suggested post to offer this person for this network: one written for the network or
   * for any network, in their language, else in the item's main language, else in any; among
   * those, the one shared least so far, so that colleagues do not all post the same words
   * (identical posts look like spam to the networks). A stable per-person choice breaks ties.
   * Says whether it fell back to another language than the person's.
   */
  async suggestion(userId: string, itemId: string, network: ShareNetwork): Promise<Suggestion> {
    const item = await this.visibleItem(userId, itemId);
    const user = await this.feed.getPerson(userId);
    const eligible = (item.variants ?? []).filter(
      (variant) => variant.network === network || variant.network === 'any',
    );
    const fellBack = (language: string | null) => language !== null && language !== user.language;
    if (eligible.length === 0) {
      const language = item.language;
      return { variant: null, text: item.title ?? '', language, fallback: fellBack(language) };
    }
    const rank = (variant: ContentVariant) =>
      variant.language === user.language ? 0 : variant.language === item.language ? 1 : 2;
    const best = Math.min(...eligible.map(rank));
    const candidates = eligible.filter((variant) => rank(variant) === best);
    const uses = await this.feed.variantUses(candidates.map((variant) => variant.id));
    const fewest = Math.min(...candidates.map((variant) => uses.get(variant.id) ?? 0));
    const [chosen] = candidates
      .filter((variant) => (uses.get(variant.id) ?? 0) === fewest)
      .sort((a, b) => tiebreak(userId, a.id).localeCompare(tiebreak(userId, b.id)));
    return {
      variant: chosen,
      text: chosen.text,
      language: chosen.language,
      fallback: fellBack(chosen.language),
    };
  }

  /** The topics there are, and whether the person follows each. */
  async topics(userId: string): Promise<{ topic: Topic; followed: boolean }[]> {
    const [topics, follows] = await Promise.all([
      this.feed.findTopics(),
      this.feed.findFollows(userId),
    ]);
    const followed = new Set(follows.map((follow) => follow.topicId));
    return topics.map((topic) => ({ topic, followed: followed.has(topic.id) }));
  }

  async follow(userId: string, topicId: string): Promise<void> {
    if (!(await this.feed.topicExists(topicId))) {
      throw new DomainError('not_found', 'errors:topics.notFound', { id: topicId });
    }
    await this.feed.insertFollow(userId, topicId);
  }

  async unfollow(userId: string, topicId: string): Promise<void> {
    await this.feed.deleteFollow(userId, topicId);
  }
}

function tiebreak(userId: string, variantId: string): string {
  return createHash('sha1').update(userId).update(variantId).digest('hex');
}
