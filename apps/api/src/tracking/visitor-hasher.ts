import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const DAY_MS = 86_400_000;

/** The UTC day of a moment, as YYYY-MM-DD. */
export function utcDay(at: number): string {
  return new Date(Math.floor(at / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Unique visitors without tracking people: hash(daily salt, IP, user agent, share). The salt is
 * one random secret per UTC day, shared by every replica through the database; past days' salts
 * are deleted by housekeeping, so yesterday's hashes can no longer be recomputed or linked to
 * today's. Neither the IP address nor the user agent is stored.
 */
@Injectable()
export class VisitorHasher {
  /** Today's salt, and the moments its day starts and ends (ms): cheap to compare per click. */
  private current?: { salt: Buffer; from: number; until: number };
  private loading?: Promise<void>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Whether the salt of the day of `at` is loaded, so that `hash` answers at once. */
  isReady(at = Date.now()): boolean {
    const current = this.current;
    return current !== undefined && at >= current.from && at < current.until;
  }

  /** The visitor hash, or undefined when today's salt is not loaded yet (see `ready`). */
  hash(ip: string, userAgent: string, shareId: string, at = Date.now()): string | undefined {
    const current = this.current;
    if (!current || !this.isReady(at)) return undefined;
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
  ready(at = Date.now()): Promise<void> {
    if (this.isReady(at)) return Promise.resolve();
    const day = utcDay(at);
    this.loading ??= this.load(day).finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async load(day: string): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO visitor_salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING',
      [day, randomBytes(32)],
    );
    const [row] = await this.dataSource.query<{ salt: Buffer }[]>(
      'SELECT salt FROM visitor_salts WHERE day = $1',
      [day],
    );
    const from = Date.parse(`${day}T00:00:00Z`);
    this.current = { salt: row.salt, from, until: from + DAY_MS };
  }

  /** Deletes the salts of past days (housekeeping): their hashes can never be recomputed. */
  async forgetPastSalts(now = Date.now()): Promise<number> {
    const [{ removed }] = await this.dataSource.query<{ removed: number }[]>(
      `WITH gone AS (DELETE FROM visitor_salts WHERE day < $1 RETURNING day)
       SELECT count(*)::int AS removed FROM gone`,
      [utcDay(now)],
    );
    return removed;
  }
}
