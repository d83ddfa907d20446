import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Card thumbnails: each content item's page image, fetched once and scaled down, kept in the
 * database so that every replica serves it; and why an item's image could not become one.
 * A new or changed thumbnail changes what the feed shows, so it bumps the content revision.
 */
export class ContentThumbnails1764504000000 implements MigrationInterface {
  name = 'ContentThumbnails1764504000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "content_items" ADD "thumbnail_error" character varying(500)`);
    await db.query(`
      CREATE TABLE "content_thumbnails" (
        "item_id" uuid NOT NULL,
        "source_url" character varying(2048) NOT NULL,
        "content_type" character varying(40) NOT NULL,
        "width" smallint NOT NULL,
        "height" smallint NOT NULL,
        "data" bytea NOT NULL,
        "hash" character varying(64) NOT NULL,
        "fetched_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_content_thumbnails" PRIMARY KEY ("item_id")
      )`);
    await db.query(`
      ALTER TABLE "content_thumbnails" ADD CONSTRAINT "FK_ee6849d7e7cb7a8dce3524bb90d"
      FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await db.query(`
      CREATE TRIGGER "content_thumbnails_bump_content_revision"
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "content_thumbnails"
      FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP TRIGGER "content_thumbnails_bump_content_revision" ON "content_thumbnails"`,
    );
    await db.query(`DROP TABLE "content_thumbnails"`);
    await db.query(`ALTER TABLE "content_items" DROP COLUMN "thumbnail_error"`);
  }
}
