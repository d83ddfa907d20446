import { MigrationInterface, QueryRunner } from 'typeorm';

/** RSS and Atom sources, and the entries they suggest to curators. */
export class ContentSources1764057600000 implements MigrationInterface {
  name = 'ContentSources1764057600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "content_sources" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "url" character varying(2048) NOT NULL,
        "title" character varying(300),
        "poll_interval_minutes" integer NOT NULL DEFAULT '30',
        "etag" character varying(300),
        "last_modified" character varying(100),
        "last_polled_at" TIMESTAMP WITH TIME ZONE,
        "last_success_at" TIMESTAMP WITH TIME ZONE,
        "last_error" character varying(500),
        "created_by_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_09da4b36d85a0b4197042858cd7" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE UNIQUE INDEX "content_sources_url_key" ON "content_sources" ("url")`);
    await db.query(
      `CREATE TYPE "public"."source_entry_state" AS ENUM('new', 'promoted', 'dismissed')`,
    );
    await db.query(`
      CREATE TABLE "source_entries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "source_id" uuid NOT NULL,
        "url" character varying(2048) NOT NULL,
        "title" character varying(500) NOT NULL,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "state" "public"."source_entry_state" NOT NULL DEFAULT 'new',
        "item_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_98fe635712afd7273350cc86ede" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE INDEX "IDX_5771e20592d8d072ba75d4979c" ON "source_entries" ("source_id")`,
    );
    await db.query(`CREATE UNIQUE INDEX "source_entries_url_key" ON "source_entries" ("url")`);
    await db.query(
      `CREATE INDEX "IDX_ac6398b50c52882883ec903f23" ON "source_entries" ("state", "created_at")`,
    );
    await db.query(`
      CREATE TABLE "content_source_topics" (
        "source_id" uuid NOT NULL,
        "topic_id" uuid NOT NULL,
        CONSTRAINT "PK_0da354fbb425a7d13deb14b2032" PRIMARY KEY ("source_id", "topic_id")
      )`);
    await db.query(
      `CREATE INDEX "IDX_e3642a03ed63b1c6e5e035a6eb" ON "content_source_topics" ("source_id")`,
    );
    await db.query(
      `CREATE INDEX "IDX_90189a38a19113e28500aba730" ON "content_source_topics" ("topic_id")`,
    );
    await db.query(
      `ALTER TABLE "source_entries" ADD CONSTRAINT "FK_5771e20592d8d072ba75d4979cd" FOREIGN KEY ("source_id") REFERENCES "content_sources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "source_entries" ADD CONSTRAINT "FK_b52b00b3afb3ec6de92a2c1ed1c" FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "content_source_topics" ADD CONSTRAINT "FK_e3642a03ed63b1c6e5e035a6eb0" FOREIGN KEY ("source_id") REFERENCES "content_sources"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await db.query(
      `ALTER TABLE "content_source_topics" ADD CONSTRAINT "FK_90189a38a19113e28500aba7309" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "content_source_topics"`);
    await db.query(`DROP TABLE "source_entries"`);
    await db.query(`DROP TABLE "content_sources"`);
    await db.query(`DROP TYPE "public"."source_entry_state"`);
  }
}
