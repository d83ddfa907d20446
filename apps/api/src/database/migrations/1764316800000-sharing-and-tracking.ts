import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sharing: topics people follow, shares with their tracked codes, click events (written in
 * batches; no foreign key, so that writing them stays cheap: shares are never deleted) and the
 * daily salts of visitor hashes.
 */
export class SharingAndTracking1764316800000 implements MigrationInterface {
  name = 'SharingAndTracking1764316800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "topic_follows" (
        "user_id" uuid NOT NULL,
        "topic_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_a13eaf5a265014d5f0bd3ff3379" PRIMARY KEY ("user_id",
        "topic_id")
      )`);
    await db.query(`CREATE INDEX "IDX_d9d1eb1f37c517867cd3f8def7" ON "topic_follows" ("topic_id")`);
    await db.query(
      `CREATE TYPE "public"."share_network" AS ENUM('linkedin', 'x', 'facebook', 'xing', 'reddit', 'bluesky', 'whatsapp', 'telegram', 'email')`,
    );
    await db.query(`
      CREATE TABLE "shares" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid,
        "item_id" uuid NOT NULL,
        "network" "public"."share_network" NOT NULL,
        "variant_id" uuid,
        "text" character varying(10000) NOT NULL,
        "edited" boolean NOT NULL DEFAULT false,
        "declared_audience" integer,
        "code" character varying(32) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "verified_at" TIMESTAMP WITH TIME ZONE,
        "disabled_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_b88473409066c43c2ccb1894a82" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE UNIQUE INDEX "shares_code_key" ON "shares" ("code")`);
    await db.query(
      `CREATE INDEX "IDX_dcf4798bd6f8a7054085762a7c" ON "shares" ("item_id", "network")`,
    );
    await db.query(
      `CREATE INDEX "IDX_3c1375b7a824794dd5b04e1f0b" ON "shares" ("user_id", "created_at")`,
    );
    await db.query(`CREATE TYPE "public"."visit_kind" AS ENUM('click', 'preview', 'bot', 'head')`);
    await db.query(`
      CREATE TABLE "click_events" (
        "id" BIGSERIAL NOT NULL,
        "share_id" uuid NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "kind" "public"."visit_kind" NOT NULL,
        "crawler" character varying(20),
        "visitor" character varying(32),
        CONSTRAINT "PK_2e3b14f5049a9fdbd8c9b1b10bf" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE INDEX "IDX_37b2e383d946057ea5483516ae" ON "click_events" ("occurred_at")`,
    );
    await db.query(
      `CREATE INDEX "IDX_f5d30468b163aab246fd5ccd46" ON "click_events" ("share_id", "occurred_at")`,
    );
    await db.query(`
      CREATE TABLE "visitor_salts" (
        "day" date NOT NULL,
        "salt" bytea NOT NULL,
        CONSTRAINT "PK_5afeced8a19b40e13d5d2e73698" PRIMARY KEY ("day")
      )`);
    await db.query(
      `ALTER TABLE "topic_follows" ADD CONSTRAINT "FK_227af56af9044dc4df92570effa" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "topic_follows" ADD CONSTRAINT "FK_d9d1eb1f37c517867cd3f8def70" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "shares" ADD CONSTRAINT "FK_a8aded2f90f448876f7fe63eab4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "shares" ADD CONSTRAINT "FK_ea8d07673981f44fe3282dd22d9" FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "shares" ADD CONSTRAINT "FK_3905247775223a92be009030479" FOREIGN KEY ("variant_id") REFERENCES "content_variants"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await this.contentRevision(db);
  }

  /** The content revision: bumped by every statement that changes what the feed shows. */
  private async contentRevision(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "content_revision" (
        "id" smallint NOT NULL DEFAULT '1',
        "revision" bigint NOT NULL DEFAULT '0',
        CONSTRAINT "PK_content_revision" PRIMARY KEY ("id")
      )`);
    await db.query(`INSERT INTO "content_revision" ("id", "revision") VALUES (1, 0)`);
    await db.query(`
      CREATE FUNCTION "bump_content_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "content_revision" SET "revision" = "revision" + 1 WHERE "id" = 1;
        RETURN NULL;
      END $$`);
    for (const table of [
      'content_items',
      'content_item_topics',
      'content_item_groups',
      'topics',
      'campaigns',
    ]) {
      await db.query(`
        CREATE TRIGGER "${table}_bump_content_revision"
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_revision"()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'content_items',
      'content_item_topics',
      'content_item_groups',
      'topics',
      'campaigns',
    ]) {
      await db.query(`DROP TRIGGER "${table}_bump_content_revision" ON "${table}"`);
    }
    await db.query(`DROP FUNCTION "bump_content_revision"()`);
    await db.query(`DROP TABLE "content_revision"`);
    await db.query(`DROP TABLE "visitor_salts"`);
    await db.query(`DROP TABLE "click_events"`);
    await db.query(`DROP TABLE "shares"`);
    await db.query(`DROP TABLE "topic_follows"`);
    await db.query(`DROP TYPE "public"."visit_kind"`);
    await db.query(`DROP TYPE "public"."share_network"`);
  }
}
