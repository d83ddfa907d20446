import { Inject, Injectable, Logger } from '@nestjs/common';
import { contentTargetUrl, utmTagsFor, withUtm, type ShareNetwork } from '@chorus/core';
import { isDatabaseUnavailable } from '../common/database-unavailable';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { contentSlug } from './content-slug';
import { LinkRow, TrackedLinksRepository } from './tracked-links.repository';

/** Where a tracked link leads, and what the redirect needs to know about its share. */
export interface ResolvedLink {
  shareId: string;
  /** The sharer, whose own visits are not clicks; null once they deleted their account. */
  userId: string | null;
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
  /** When the database last answered for this code. */
  fetchedAt: number;
}

/** Unknown codes are remembered briefly, so that guessing costs the database little. */
const UNKNOWN_TTL_MS = 5_000;
const MAX_ENTRIES = 200_000;

/** Tracked codes are base62: anything else is not a code, and never reaches the database. */
export const CODE_PATTERN = /^[0-9A-Za-z]{8,32}$/;

/**
 * Finds the share behind a tracked code, with a bounded in-memory cache: the redirect answers
 * from memory for links in use, and asks PostgreSQL only for a code it has not seen lately.
 * Known links are kept CHORUS_LINK_CACHE_SECONDS (a disabled link takes at most that long to
 * stop on another replica). While the database cannot be reached, a known link whose entry
 * expired keeps being answered from the cache (stale-if-error) for up to
 * CHORUS_LINK_STALE_HOURS after the database last confirmed it.
 */
@Injectable()
export class LinkResolver {
  private readonly logger = new Logger(LinkResolver.name);
  private readonly cache = new Map<string, CacheEntry>();
  /** Lookups under way: simultaneous requests for one code share one query. */
  private readonly pending = new Map<string, Promise<ResolvedLink | null>>();
  private readonly ttlMs: number;
  private readonly staleIfErrorMs: number;
  /** Set while links are answered from the cache because the database cannot be reached. */
  private answeringStale = false;

  constructor(
    private readonly links: TrackedLinksRepository,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'linkCache'>,
  ) {
    this.ttlMs = config.linkCache.ttlMs;
    this.staleIfErrorMs = config.linkCache.staleIfErrorMs;
  }

  /** The link from memory: undefined when it must be looked up, null when the code is unknown. */
  cached(code: string, now = Date.now()): ResolvedLink | null | undefined {
    const entry = this.cache.get(code);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      // An expired known link stays while it may still stand in for an unreachable database.
      if (!entry.link || now >= this.staleUntil(entry)) this.cache.delete(code);
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
    let rows: LinkRow[];
    try {
      rows = await this.links.findByCode(code);
    } catch (error) {
      const stale = this.cache.get(code);
      const now = Date.now();
      if (!stale?.link || now >= this.staleUntil(stale) || !isDatabaseUnavailable(error)) {
        throw error;
      }
      if (!this.answeringStale) {
        this.answeringStale = true;
        this.logger.warn(
          `The database cannot be reached: answering known tracked links from the cache, each for up to ${this.staleIfErrorMs / 3_600_000} h after it was last looked up (${String(error)})`,
        );
      }
      // Asked again once the cache time has passed, not on every request.
      stale.expiresAt = Math.min(now + this.ttlMs, this.staleUntil(stale));
      return stale.link;
    }
    if (this.answeringStale) {
      this.answeringStale = false;
      this.logger.log('The database answers again: tracked links are looked up as usual.');
    }
    const link = rows[0] ? toLink(rows[0]) : null;
    this.remember(code, link);
    return link;
  }

  private staleUntil(entry: CacheEntry): number {
    return entry.fetchedAt + this.ttlMs + this.staleIfErrorMs;
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
    const now = Date.now();
    // Re-inserted, so that the oldest lookups are the first to go.
    this.cache.delete(code);
    this.cache.set(code, {
      link,
      expiresAt: now + (link ? this.ttlMs : UNKNOWN_TTL_MS),
      fetchedAt: now,
    });
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
    userId: row.user_id,
    network: row.network,
    // The fragment comes after the merged query (withUtm keeps it last).
    target: withUtm(contentTargetUrl(row.url, row.url_fragment), tags),
    disabled: row.disabled,
    verified: row.verified,
  };
}
