import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { GroupKind } from '@chorus/core';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { chunks, type CopyTable } from './copy-rows';
import type { FeedBenchCounts } from './feed-bench-set';

/** The statements of the data generator, on one connection (a connected pg.Client). */
export class GeneratorRepository {
  constructor(private readonly client: Client) {}

  private async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.client.query(sql, params)).rows as T[];
  }

  /** Streams rows into a table with COPY FROM STDIN; resolves with the number of rows. */
  async copy<K extends string>(table: CopyTable<K>, rows: Iterable<string>): Promise<number> {
    const stream = this.client.query(copyFrom(`COPY ${table.target} FROM STDIN`));
    await pipeline(Readable.from(chunks(rows)), stream);
    return stream.rowCount;
  }

  begin = () => this.client.query('BEGIN');
  commit = () => this.client.query('COMMIT');
  rollback = () => this.client.query('ROLLBACK');
  analyse = () => this.client.query('ANALYZE');
  vacuumAnalyse = () => this.client.query('VACUUM (ANALYZE)');

  /** People with addresses in `domain`, people in all, and people with the address `email`. */
  async userCounts(
    domain: string,
    email: string,
  ): Promise<{ inDomain: number; all: number; withEmail: number }> {
    const [counts] = await this.rows<{ inDomain: number; all: number; withEmail: number }>(
      `SELECT (SELECT count(*) FROM users WHERE email LIKE $1)::int AS "inDomain",
              (SELECT count(*) FROM users)::int AS "all",
              (SELECT count(*) FROM users WHERE email = $2)::int AS "withEmail"`,
      [`%@${domain}`, email],
    );
    return counts;
  }

  /** The stored value of an organisation setting, or undefined when none is stored. */
  async setting(key: string): Promise<unknown> {
    const [row] = await this.rows<{ value: unknown }>('SELECT value FROM settings WHERE key = $1', [
      key,
    ]);
    return row?.value;
  }

  /** Stores a setting unless one is stored already. */
  async settingUnlessSet(key: string, value: unknown): Promise<void> {
    await this.client.query(
      'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING',
      [key, JSON.stringify(value)],
    );
  }

  /** Creates the click_events partitions of these months (first days) where missing. */
  async clickPartitions(months: readonly string[]): Promise<void> {
    for (const month of months)
      await this.client.query('SELECT chorus_click_partition($1::date)', [month]);
  }

  /** Counts the click rollups afresh from the events; resolves with the share-day rows. */
  async rebuildClickRollups(): Promise<number> {
    await this.client.query('SELECT chorus_rebuild_click_rollups()');
    const [{ count }] = await this.rows<{ count: number }>(
      'SELECT count(*)::int AS count FROM share_click_days',
    );
    return count;
  }

  /** Creates an administrator (who is also an employee). */
  async createAdmin(email: string, name: string, passwordHash: string): Promise<void> {
    await this.client.query(
      `INSERT INTO users (email, name, roles, password_hash) VALUES ($1, $2, '{admin,employee}', $3)`,
      [email, name, passwordHash],
    );
  }

  /** Groups of a kind by name, created where missing; resolves with their ids by name. */
  async groups(kind: GroupKind, names: readonly string[]): Promise<Map<string, string>> {
    await this.client.query(
      `INSERT INTO org_groups (kind, name, name_key)
       SELECT $1::group_kind, name, lower(name) FROM unnest($2::text[]) AS name
       ON CONFLICT (kind, name_key) DO NOTHING`,
      [kind, names],
    );
    const rows = await this.rows<{ id: string; key: string }>(
      'SELECT id, name_key AS key FROM org_groups WHERE kind = $1::group_kind AND name_key = ANY($2::text[])',
      [kind, names.map((name) => name.toLowerCase())],
    );
    return byName(names, rows);
  }

  /** Topics by name, created where missing; resolves with their ids by name. */
  async topics(names: readonly string[]): Promise<Map<string, string>> {
    await this.client.query(
      `INSERT INTO topics (name, name_key) SELECT name, lower(name) FROM unnest($1::text[]) AS name
       ON CONFLICT (name_key) DO NOTHING`,
      [names],
    );
    const rows = await this.rows<{ id: string; key: string }>(
      'SELECT id, name_key AS key FROM topics WHERE name_key = ANY($1::text[])',
      [names.map((name) => name.toLowerCase())],
    );
    return byName(names, rows);
  }

  /**
   * Campaigns by slug, created where missing (with their period, when given); resolves with
   * their ids by slug.
   */
  async campaigns(
    campaigns: readonly { name: string; slug: string; startsAt?: string; endsAt?: string }[],
  ): Promise<Map<string, string>> {
    await this.client.query(
      `INSERT INTO campaigns (name, slug, description, starts_at, ends_at)
       SELECT name, slug, 'A push of the ' || lower(name) || ' content.', starts_at, ends_at
         FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::timestamptz[])
              AS c (name, slug, starts_at, ends_at)
       ON CONFLICT (slug) DO NOTHING`,
      [
        campaigns.map((c) => c.name),
        campaigns.map((c) => c.slug),
        campaigns.map((c) => c.startsAt ?? null),
        campaigns.map((c) => c.endsAt ?? null),
      ],
    );
    const rows = await this.rows<{ id: string; slug: string }>(
      'SELECT id, slug FROM campaigns WHERE slug = ANY($1::text[])',
      [campaigns.map((c) => c.slug)],
    );
    return new Map(rows.map((row) => [row.slug, row.id]));
  }

  /** Each training stage's main language, the one its quiz is taken in when untranslated. */
  async stageLanguages(): Promise<Map<number, string>> {
    const rows = await this.rows<{ stage: number; language: string }>(
      'SELECT stage, language FROM training_stages',
    );
    return new Map(rows.map((row) => [row.stage, row.language]));
  }

  /**
   * Policy version 1's id and main language, published at `publishedAt` in English when it is
   * created here (with its text, in the same statement).
   */
  async firstPolicyVersion(
    title: string,
    body: string,
    publishedAt: string,
  ): Promise<{ id: string; mainLanguage: string }> {
    await this.client.query(
      `WITH version AS (
         INSERT INTO policy_versions (version, main_language, requires_acknowledgment, published_at)
         VALUES (1, 'en', true, $3)
         ON CONFLICT (version) DO NOTHING
         RETURNING id, published_at)
       INSERT INTO policy_version_texts (policy_version_id, language, title, body, added_at, updated_at)
       SELECT id, 'en', $1, $2, published_at, published_at FROM version`,
      [title, body, publishedAt],
    );
    const [first] = await this.rows<{ id: string; mainLanguage: string }>(
      `SELECT id, main_language AS "mainLanguage" FROM policy_versions WHERE version = 1`,
    );
    return first;
  }

  /** What the feed benchmark's database holds. */
  async feedBenchCounts(): Promise<FeedBenchCounts> {
    const [counts] = await this.rows<FeedBenchCounts>(
      `SELECT (SELECT count(*) FROM users)::int AS users,
              (SELECT count(*) FROM content_items WHERE status = 'approved'
                  AND (publish_at IS NULL OR publish_at <= now())
                  AND (expires_at IS NULL OR expires_at > now()))::int AS live,
              (SELECT count(*) FROM content_items)::int AS items,
              (SELECT count(*) FROM content_items WHERE pinned)::int AS pinned,
              (SELECT count(DISTINCT item_id) FROM content_item_groups)::int AS targeted,
              (SELECT count(*) FROM content_items
                WHERE cardinality(target_languages) > 0)::int AS "byLanguage",
              (SELECT count(*) FROM topic_follows)::int AS follows,
              (SELECT count(*) FROM shares)::int AS shares`,
    );
    return counts;
  }
}

/** Ids by the given names, from rows keyed by lower-case name; every name must have one. */
function byName(
  names: readonly string[],
  rows: { id: string; key: string }[],
): Map<string, string> {
  const ids = new Map(rows.map((row) => [row.key, row.id]));
  return new Map(
    names.map((name) => {
      const id = ids.get(name.toLowerCase());
      if (!id) throw new Error(`${name} was neither found nor created`);
      return [name, id];
    }),
  );
}
