import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications: what Chorus told each person (read or not, one per person and event) and how
 * each person wants to hear from it. The unread count reads a partial index of unread rows only.
 */
export class Notifications1764543600000 implements MigrationInterface {
  name = 'Notifications1764543600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "notifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "kind" character varying(40) NOT NULL,
        "params" jsonb NOT NULL DEFAULT '{}',
        "link" character varying(500) NOT NULL,
        "dedupe_key" character varying(200) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "read_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE INDEX "notifications_unread" ON "notifications" ("user_id") WHERE "read_at" IS NULL`,
    );
    await db.query(
      `CREATE INDEX "notifications_user_created" ON "notifications" ("user_id", "created_at")`,
    );
    await db.query(
      `CREATE UNIQUE INDEX "notifications_user_dedupe_key" ON "notifications" ("user_id", "dedupe_key")`,
    );
    await db.query(`
      CREATE TABLE "notification_preferences" (
        "user_id" uuid NOT NULL,
        "channels" jsonb NOT NULL DEFAULT '{}',
        "digest_frequency" character varying(10) NOT NULL DEFAULT 'weekly',
        "digest_weekday" smallint NOT NULL DEFAULT '1',
        "digest_hour" smallint NOT NULL DEFAULT '9',
        "quiet_start" smallint,
        "quiet_end" smallint,
        "time_zone" character varying(64),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "notification_preferences_digest_weekday" CHECK ("digest_weekday" BETWEEN 1 AND 7),
        CONSTRAINT "notification_preferences_digest_hour" CHECK ("digest_hour" BETWEEN 0 AND 23),
        CONSTRAINT "notification_preferences_quiet_hours" CHECK (("quiet_start" IS NULL AND "quiet_end" IS NULL) OR ("quiet_start" BETWEEN 0 AND 23 AND "quiet_end" BETWEEN 0 AND 23)),
        CONSTRAINT "notification_preferences_channels_object" CHECK (jsonb_typeof("channels") = 'object'),
        CONSTRAINT "PK_64c90edc7310c6be7c10c96f675" PRIMARY KEY ("user_id")
      )`);
    await db.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "notification_preferences"`);
    await db.query(`DROP TABLE "notifications"`);
  }
}
