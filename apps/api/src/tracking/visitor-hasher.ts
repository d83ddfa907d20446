import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { localDate, localDayBounds } from '@chorus/core';
import { SettingsService } from '../settings/settings.service';
import { VisitorSaltsRepository } from './visitor-salts.repository';

/** One day's salt and the instants [from, until) the day covers. */
interface SaltDay {
  day: string;
  salt: Buffer;
  from: number;
  until: number;
}

/**
 * Unique visitors without tracking people: hash(daily salt, IP, user agent, share). The salt is
 * one random secret per calendar day in the organisation's time zone, shared by every replica
 * through the database; past days' salts are deleted by housekeeping, so yesterday's hashes can
 * no longer be recomputed or linked to today's. Neither the IP address nor the user agent is
 * stored. The day of the salt is also the day a click is counted on.
 */
@Injectable()
export class VisitorHasher {
  /** Today's salt, and yesterday's for requests that were under way at midnight. */
  private days: SaltDay[] = [];
  private loading?: Promise<void>;

  constructor(
    private readonly salts: VisitorSaltsRepository,
    private readonly settings: SettingsService,
  ) {}

  /** Whether the salt of the day of `at` is loaded, so that `hash` and `dayOf` answer at once. */
  isReady(at = Date.now()): boolean {
    return this.saltDay(at) !== undefined;
  }

  /** The organisation's calendar day of `at`, or undefined when its salt is not loaded yet. */
  dayOf(at = Date.now()): string | undefined {
    return this.saltDay(at)?.day;
  }

  /** The visitor hash, or undefined when the day's salt is not loaded yet (see `ready`). */
  hash(ip: string, userAgent: string, shareId: string, at = Date.now()): string | undefined {
    const current = this.saltDay(at);
    if (!current) return undefined;
    return createHash('sha256')
      .update(current.salt)
      .update(ip)
      .update('\0')
      .update(userAgent)
      .update('\0')
      .update(shareId)
      .digest('base64url')
      .slice(0, 22);
  }

  /** Loads (or creates) the salt of the day of `at`; resolves at once when it is loaded. */
  async ready(at = Date.now()): Promise<void> {
    if (this.isReady(at)) return;
    // A load under way may be for the other side of midnight: then `at` needs its own.
    this.loading ??= this.load(at).finally(() => (this.loading = undefined));
    await this.loading;
    if (!this.isReady(at)) await this.load(at);
  }

  private saltDay(at: number): SaltDay | undefined {
    const [today, yesterday] = this.days;
    if (today && at >= today.from && at < today.until) return today;
    if (yesterday && at >= yesterday.from && at < yesterday.until) return yesterday;
    return undefined;
  }

  private async load(at: number): Promise<void> {
    const { timeZone } = await this.settings.get();
    const day = localDate(at, timeZone);
    await this.salts.insertIfMissing(day, randomBytes(32));
    const salt = await this.salts.saltOf(day);
    const loaded = { day, salt, ...localDayBounds(day, timeZone) };
    // After an admin moved the time zone westwards, the new day may begin before the previous
    // one ended: the two must not overlap.
    const previous = this.days[0];
    if (previous && previous.day !== day && at >= previous.until) {
      loaded.from = Math.max(loaded.from, previous.until);
    }
    this.days = [loaded, ...this.days.filter((other) => other.day !== day)].slice(0, 2);
  }

  /** Deletes the salts of past days (housekeeping): their hashes can never be recomputed. */
  async forgetPastSalts(now = Date.now()): Promise<number> {
    const { timeZone } = await this.settings.get();
    return this.salts.deleteBefore(localDate(now, timeZone));
  }
}
