import { MigrationInterface, QueryRunner } from 'typeorm';

/** Content items with variants, topics, campaigns and targeting; organisation settings. */
export class ContentCuration1763971200000 implements MigrationInterface {
  name = 'ContentCuration1763971200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "campaigns" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" character varying(120) NOT NULL,
        "slug" character varying(80) NOT NULL,
        "description" text,
        "starts_at" TIMESTAMP WITH TIME ZONE,
        "ends_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_831e3fcd4fc45b4e4c3f57a9ee4" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE UNIQUE INDEX "campaigns_slug_key" ON "campaigns" ("slug")`);
    await db.query(`
      CREATE TABLE "topics" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" character varying(80) NOT NULL,
        "name_key" character varying(80) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_e4aa99a3fa60ec3a37d1fc4e853" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE UNIQUE INDEX "topics_name_key_key" ON "topics" ("name_key")`);
    await db.query(
      `CREATE TYPE "public"."variant_network" AS ENUM('any', 'linkedin', 'x', 'facebook', 'xing', 'reddit', 'bluesky', 'whatsapp', 'telegram', 'email')`,
    );
    await db.query(`
      CREATE TABLE "content_variants" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "item_id" uuid NOT NULL,
        "network" "public"."variant_network" NOT NULL,
        "language" character varying(8) NOT NULL,
        "text" character varying(5000) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_6779d2ead0457826a89d07a596f" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE UNIQUE INDEX "content_variants_item_network_language_key" ON "content_variants" ("item_id", "network", "language")`,
    );
    await db.query(
      `CREATE TYPE "public"."content_kind" AS ENUM('company_news', 'industry', 'event', 'job')`,
    );
    await db.query(
      `CREATE TYPE "public"."content_status" AS ENUM('draft', 'in_review', 'approved', 'archived')`,
    );
    await db.query(`CREATE TYPE "public"."unfurl_state" AS ENUM('pending', 'done', 'failed')`);
    await db.query(`
      CREATE TABLE "content_items" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "url" character varying(2048) NOT NULL,
        "canonical_url" character varying(2048),
        "kind" "public"."content_kind" NOT NULL,
        "status" "public"."content_status" NOT NULL DEFAULT 'draft',
        "title" character varying(300),
        "summary" character varying(1000),
        "image_url" character varying(2048),
        "site_name" character varying(200),
        "language" character varying(8),
        "campaign_id" uuid,
        "target_languages" character varying(8) array NOT NULL DEFAULT '{}',
        "publish_at" TIMESTAMP WITH TIME ZONE,
        "expires_at" TIMESTAMP WITH TIME ZONE,
        "pinned" boolean NOT NULL DEFAULT false,
        "author_id" uuid,
        "approver_id" uuid,
        "approved_at" TIMESTAMP WITH TIME ZONE,
        "rejection_reason" character varying(1000),
        "unfurl_state" "public"."unfurl_state" NOT NULL DEFAULT 'pending',
        "unfurl_error" character varying(500),
        "edited_fields" character varying(32) array NOT NULL DEFAULT '{}',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_9c6bf4f28851752cee186915e39" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE UNIQUE INDEX "content_items_url_key" ON "content_items" ("url")`);
    await db.query(
      `CREATE UNIQUE INDEX "content_items_canonical_url_key" ON "content_items" ("canonical_url")`,
    );
    await db.query(
      `CREATE INDEX "IDX_15cc61c727f511994a43be98d8" ON "content_items" ("campaign_id")`,
    );
    await db.query(
      `CREATE INDEX "IDX_a5a22f4d0303a3cb1f501d422f" ON "content_items" ("status", "publish_at")`,
    );
    await db.query(`
      CREATE TABLE "settings" (
        "key" character varying(64) NOT NULL,
        "value" jsonb NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_c8639b7626fa94ba8265628f214" PRIMARY KEY ("key")
      )`);
    await db.query(`
      CREATE TABLE "content_item_topics" (
        "item_id" uuid NOT NULL,
        "topic_id" uuid NOT NULL,
        CONSTRAINT "PK_de02324366b03ff2d76c442ee03" PRIMARY KEY ("item_id", "topic_id")
      )`);
    await db.query(
      `CREATE INDEX "IDX_b9da425d3fb11b92b2792d3cf5" ON "content_item_topics" ("item_id")`,
    );
    await db.query(
      `CREATE INDEX "IDX_872bd6807c50d75d64d448e396" ON "content_item_topics" ("topic_id")`,
    );
    await db.query(`
      CREATE TABLE "content_item_groups" (
        "item_id" uuid NOT NULL,
        "group_id" uuid NOT NULL,
        CONSTRAINT "PK_671cd41e0e4e36c8e12c2deddcf" PRIMARY KEY ("item_id", "group_id")
      )`);
    await db.query(
      `CREATE INDEX "IDX_6645c33ccbb58d8ad681fc33cc" ON "content_item_groups" ("item_id")`,
    );
    await db.query(
      `CREATE INDEX "IDX_c2b8db0e29c7b6f6d7b5ed9f7f" ON "content_item_groups" ("group_id")`,
    );
    await db.query(
      `ALTER TABLE "content_variants" ADD CONSTRAINT "FK_2dd688bc450c73610e9291a65aa" FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "content_items" ADD CONSTRAINT "FK_15cc61c727f511994a43be98d84" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "content_items" ADD CONSTRAINT "FK_91d1e3a030c1cdcf27760cce286" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "content_items" ADD CONSTRAINT "FK_cba014f0cb81000690c7cb4df49" FOREIGN KEY ("approver_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "content_item_topics" ADD CONSTRAINT "FK_b9da425d3fb11b92b2792d3cf57" FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await db.query(
      `ALTER TABLE "content_item_topics" ADD CONSTRAINT "FK_872bd6807c50d75d64d448e396d" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await db.query(
      `ALTER TABLE "content_item_groups" ADD CONSTRAINT "FK_6645c33ccbb58d8ad681fc33cc9" FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await db.query(
      `ALTER TABLE "content_item_groups" ADD CONSTRAINT "FK_c2b8db0e29c7b6f6d7b5ed9f7fc" FOREIGN KEY ("group_id") REFERENCES "org_groups"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "content_item_groups"`);
    await db.query(`DROP TABLE "content_item_topics"`);
    await db.query(`DROP TABLE "settings"`);
    await db.query(`DROP TABLE "content_variants"`);
    await db.query(`DROP TABLE "content_items"`);
    await db.query(`DROP TABLE "topics"`);
    await db.query(`DROP TABLE "campaigns"`);
    await db.query(`DROP TYPE "public"."variant_network"`);
    await db.query(`DROP TYPE "public"."content_kind"`);
    await db.query(`DROP TYPE "public"."content_status"`);
    await db.query(`DROP TYPE "public"."unfurl_state"`);
  }
}
