import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A share records where it was started (libs/core SHARE_SOURCES): the feed, a digest's button, a
 * notification, a Slack or Teams channel, the browser extension. Shares made before were all
 * started from the feed.
 */
export class ShareSources1764547200000 implements MigrationInterface {
  name = 'ShareSources1764547200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TYPE "public"."share_source" AS ENUM('feed', 'digest', 'notification', 'slack', 'teams', 'extension')`,
    );
    await db.query(
      `ALTER TABLE "shares" ADD "source" "public"."share_source" NOT NULL DEFAULT 'feed'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "shares" DROP COLUMN "source"`);
    await db.query(`DROP TYPE "public"."share_source"`);
  }
}
