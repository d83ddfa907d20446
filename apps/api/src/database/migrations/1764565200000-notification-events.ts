import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the notifications about events need to remember: how many polls of a content source
 * failed in a row (curators hear of a streak once), and up to when approved content was already
 * announced to the people it is for (the hourly "new content for you" batch).
 */
export class NotificationEvents1764565200000 implements MigrationInterface {
  name = 'NotificationEvents1764565200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE "content_sources" ADD "consecutive_failures" integer NOT NULL DEFAULT 0`,
    );
    await db.query(
      `CREATE TABLE "new_content_announcements" (
         "id" smallint NOT NULL,
         "announced_until" TIMESTAMP WITH TIME ZONE NOT NULL,
         CONSTRAINT "PK_new_content_announcements" PRIMARY KEY ("id"),
         CONSTRAINT "CHK_new_content_announcements_one_row" CHECK ("id" = 1)
       )`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "new_content_announcements"`);
    await db.query(`ALTER TABLE "content_sources" DROP COLUMN "consecutive_failures"`);
  }
}
