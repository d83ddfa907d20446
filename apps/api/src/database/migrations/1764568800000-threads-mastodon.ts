import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Threads and Mastodon become networks people share to and curators write suggested posts for,
 * listed after Bluesky as libs/core SHARE_NETWORKS lists them; Threads also becomes a network a
 * person can declare a profile (and audience) on, and a hostile comment be reported from.
 * (Click events name their crawler as text; Mastodon profiles and reports existed already.)
 */
export class ThreadsMastodon1764568800000 implements MigrationInterface {
  name = 'ThreadsMastodon1764568800000';

  async up(db: QueryRunner): Promise<void> {
    // A profile a person declares, and where a reported comment was seen: Mastodon was listed.
    for (const type of ['social_network', 'escalation_network']) {
      await db.query(
        `ALTER TYPE "public"."${type}" ADD VALUE IF NOT EXISTS 'threads' AFTER 'instagram'`,
      );
    }
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
   * harmless to the code before this migration, and `up` adds them only if missing). Rows that
   * use them would not be: while there are any, this refuses.
   */
  async down(db: QueryRunner): Promise<void> {
    const [used] = (await db.query(
      `SELECT (SELECT count(*) FROM "shares" WHERE "network"::text IN ('threads', 'mastodon'))::int AS "shares",
              (SELECT count(*) FROM "content_variants" WHERE "network"::text IN ('threads', 'mastodon'))::int AS "variants",
              (SELECT count(*) FROM "escalations" WHERE "network"::text = 'threads')::int AS "reports",
              (SELECT count(*) FROM "social_profiles" WHERE "network"::text = 'threads')::int AS "profiles"`,
    )) as { shares: number; variants: number; reports: number; profiles: number }[];
    if (Object.values(used).some((count) => count > 0)) {
      throw new Error(
        `Cannot undo ThreadsMastodon1764568800000: ${used.shares} shares and ${used.variants} ` +
          `suggested posts are for Threads or Mastodon, and ${used.profiles} profiles and ` +
          `${used.reports} reported comments are on Threads, which the earlier version does not ` +
          'know. Delete them first if they are to go.',
      );
    }
  }
}
