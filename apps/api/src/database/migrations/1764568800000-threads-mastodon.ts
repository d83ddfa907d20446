import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Threads and Mastodon become networks people share to and curators write suggested posts for,
 * listed after Bluesky as libs/core SHARE_NETWORKS lists them; Threads also becomes a network a
 * hostile comment can be reported from. (Click events name their crawler as text, and a Mastodon
 * social profile could already be declared: nothing else lists networks.)
 */
export class ThreadsMastodon1764568800000 implements MigrationInterface {
  name = 'ThreadsMastodon1764568800000';

  async up(db: QueryRunner): Promise<void> {
    // Where a reported comment was seen: Mastodon was already listed.
    await db.query(
      `ALTER TYPE "public"."escalation_network" ADD VALUE IF NOT EXISTS 'threads' AFTER 'instagram'`,
    );
    for (const type of ['share_network', 'variant_network']) {
      await db.query(
        `ALTER TYPE "public"."${type}" ADD VALUE IF NOT EXISTS 'threads' AFTER 'bluesky'`,
      );
      await db.query(
        `ALTER TYPE "public"."${type}" ADD VALUE IF NOT EXISTS 'mastodon' AFTER 'threads'`,
      );
    }
  }

  /**
   * PostgreSQL cannot take a value out of an enum type, so the values stay (unused, they are
   * harmless to the code before this migration, and `up` adds them only if missing). Shares and
   * suggested posts on the two networks would not be: while there are any, this refuses.
   */
  async down(db: QueryRunner): Promise<void> {
    const [used] = (await db.query(
      `SELECT (SELECT count(*) FROM "shares" WHERE "network"::text IN ('threads', 'mastodon'))::int AS "shares",
              (SELECT count(*) FROM "content_variants" WHERE "network"::text IN ('threads', 'mastodon'))::int AS "variants",
              (SELECT count(*) FROM "escalations" WHERE "network"::text = 'threads')::int AS "reports"`,
    )) as { shares: number; variants: number; reports: number }[];
    if (used.shares > 0 || used.variants > 0 || used.reports > 0) {
      throw new Error(
        `Cannot undo ThreadsMastodon1764568800000: ${used.shares} shares and ${used.variants} ` +
          `suggested posts are for Threads or Mastodon, and ${used.reports} reported comments ` +
          'were seen on Threads, which the earlier version does not know. Delete them first if ' +
          'they are to go.',
      );
    }
  }
}
