import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Slack and Teams channels Chorus posts to: the webhook address encrypted, a hint that may be
 * shown, what the channel receives (approved items, optionally of some topics, departments or
 * languages; new reports), and its delivery health.
 */
export class ChatChannels1764550800000 implements MigrationInterface {
  name = 'ChatChannels1764550800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "public"."chat_channel_kind" AS ENUM('slack', 'teams')`);
    await db.query(`
      CREATE TABLE "chat_channels" (
        "id" uuid NOT NULL,
        "name" character varying(100) NOT NULL,
        "kind" "public"."chat_channel_kind" NOT NULL,
        "webhook_ciphertext" character varying(4000) NOT NULL,
        "webhook_hint" character varying(300) NOT NULL,
        "language" character varying(8) NOT NULL,
        "receives_items" boolean NOT NULL DEFAULT true,
        "receives_reports" boolean NOT NULL DEFAULT false,
        "languages" character varying(8) array NOT NULL DEFAULT '{}',
        "consecutive_failures" integer NOT NULL DEFAULT '0',
        "failing_since" TIMESTAMP WITH TIME ZONE,
        "last_error" character varying(500),
        "last_delivered_at" TIMESTAMP WITH TIME ZONE,
        "created_by_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_efecd102855fb96e1428306ec6f" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE UNIQUE INDEX "chat_channels_name_key" ON "chat_channels" ("name")`);
    await db.query(`
      CREATE TABLE "chat_channel_topics" (
        "channel_id" uuid NOT NULL,
        "topic_id" uuid NOT NULL,
        CONSTRAINT "PK_ae946deebd6698e1536ddf78649" PRIMARY KEY ("channel_id", "topic_id")
      )`);
    await db.query(
      `CREATE INDEX "IDX_7a2bc52363b5744fc74316f54b" ON "chat_channel_topics" ("channel_id")`,
    );
    await db.query(
      `CREATE INDEX "IDX_3d4ad73ef8a82966a109f9ca4b" ON "chat_channel_topics" ("topic_id")`,
    );
    await db.query(`
      CREATE TABLE "chat_channel_departments" (
        "channel_id" uuid NOT NULL,
        "group_id" uuid NOT NULL,
        CONSTRAINT "PK_6a7ccaf7fa871ddf2a95b811473" PRIMARY KEY ("channel_id", "group_id")
      )`);
    await db.query(
      `CREATE INDEX "IDX_991f5ed3e9805527410b323329" ON "chat_channel_departments" ("channel_id")`,
    );
    await db.query(
      `CREATE INDEX "IDX_33478a6e6a68460b0fa302e65e" ON "chat_channel_departments" ("group_id")`,
    );
    await db.query(
      `ALTER TABLE "chat_channels" ADD CONSTRAINT "FK_06d99f91323dcb208617c21ce3d" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "chat_channel_topics" ADD CONSTRAINT "FK_7a2bc52363b5744fc74316f54bc" FOREIGN KEY ("channel_id") REFERENCES "chat_channels"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await db.query(
      `ALTER TABLE "chat_channel_topics" ADD CONSTRAINT "FK_3d4ad73ef8a82966a109f9ca4b5" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await db.query(
      `ALTER TABLE "chat_channel_departments" ADD CONSTRAINT "FK_991f5ed3e9805527410b323329e" FOREIGN KEY ("channel_id") REFERENCES "chat_channels"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await db.query(
      `ALTER TABLE "chat_channel_departments" ADD CONSTRAINT "FK_33478a6e6a68460b0fa302e65e4" FOREIGN KEY ("group_id") REFERENCES "org_groups"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "chat_channel_departments"`);
    await db.query(`DROP TABLE "chat_channel_topics"`);
    await db.query(`DROP TABLE "chat_channels"`);
    await db.query(`DROP TYPE "public"."chat_channel_kind"`);
  }
}
