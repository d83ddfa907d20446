import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { contentTargetUrl, utmTagsFor, withUtm, type ShareNetwork } from '@chorus/core';
import { contentSlug } from './content-slug';

/** Where a tracked link leads, and what the redirect needs to know about its share. */
export interface ResolvedLink {
  shareId: string;
  network: ShareNetwork;
  /** The item's address with the UTM tags merged in. Always from the database. */
  target: string;
  disabled: boolean;
  /** Set once a verifying visit is seen, so that it is recorded once per process. */
  verified: boolean;
}

interface CacheEntry {
  link: ResolvedLink | null;
  expiresAt: number;
}

/** Known links are kept a while; a disabled link takes at most this long to stop elsewhere. */
const KNOWN_TTL_MS = 30_000;
/** Unknown codes are remembered briefly, so that guessing costs the database little. */
const UNKNOWN_TTL_MS = 5_000;
const MAX_ENTRIES = 200_000;

/** Tracked codes are base62: anything else is not a code, and never reaches the database. */
export const CODE_PATTERN = /^[0-9A-Za-z]{8,32}$/;

interface LinkRow {
  share_id: string;
  network: ShareNetwork;
  code: string;
  disabled: boolean;
  verified: boolean;
  url: string;
  url_fragment: string | null;
  title: string | null;
  campaign: string | null;
}

/**
 * Finds the share behind a tracked code, with a bounded in-memory cache: the redirect answers
 * from memory for links in use, and asks PostgreSQL only for a code it has not seen lately.
 */
@Injectable()
export class LinkResolver {
  private readonly cache = new Map<string, CacheEntry>();
  /** Lookups under way: simultaneous requests for one code share one query. */
  private readonly pending = new Map<string, Promise<ResolvedLink | null>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The link from memory: undefined when it must be looked up, null when the code is unknown. */
  cached(code: string, now = Date.now()): ResolvedLink | null | undefined {
    const entry = this.cache.get(code);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.cache.delete(code);
      return undefined;
    }
    return entry.link;
  }

  async resolve(code: string): Promise<ResolvedLink | null> {
    const known = this.cached(code);
    if (known !== undefined) return known;
    if (!CODE_PATTERN.test(code)) return null;
    let lookup = this.pending.get(code);
    if (!lookup) {
      lookup = this.lookUp(code).finally(() => this.pending.delete(code));
      this.pending.set(code, lookup);
    }
    return lookup;
  }

  private async lookUp(code: string): Promise<ResolvedLink | null> {
    const [row] = await this.dataSource.query<LinkRow[]>(
      `SELECT share.id AS share_id, share.network, share.code,
              share.disabled_at IS NOT NULL AS disabled, share.verified_at IS NOT NULL AS verified,
              item.url, item.url_fragment, item.title, campaign.slug AS campaign
         FROM shares share
         JOIN content_items item ON item.id = share.item_id
         LEFT JOIN campaigns campaign ON campaign.id = item.campaign_id
        WHERE share.code = $1`,
      [code],
    );
    const link = row ? toLink(row) : null;
    this.remember(code, link);
    return link;
  }

  /** Forgets a code, e.g. after an admin disabled its link. */
  forget(code: string): void {
    this.cache.delete(code);
  }

  private remember(code: string, link: ResolvedLink | null): void {
    if (this.cache.size >= MAX_ENTRIES) {
      // Maps iterate in insertion order: the oldest entry goes first.
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    const ttl = link ? KNOWN_TTL_MS : UNKNOWN_TTL_MS;
    this.cache.set(code, { link, expiresAt: Date.now() + ttl });
  }
}

function toLink(row: LinkRow): ResolvedLink {
  const tags = utmTagsFor({
    network: row.network,
    campaignSlug: row.campaign,
    contentSlug: contentSlug(row.title, row.url),
    code: row.code,
  });
  return {
    shareId: row.share_id,
    network: row.network,
    // The fragment comes after the merged query (withUtm keeps it last).
    target: withUtm(contentTargetUrl(row.url, row.url_fragment), tags),
    disabled: row.disabled,
    verified: row.verified,
  };
}
