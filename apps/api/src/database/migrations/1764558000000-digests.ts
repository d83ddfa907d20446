import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The digests queued: one row per person and period, unique, so that the digest job run twice
 * or on two replicas at once queues one digest; with the items each one offered.
 */
export class Digests1764558000000 implements MigrationInterface {
  name = 'Digests1764558000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "digests" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "period_start" TIMESTAMP WITH TIME ZONE NOT NULL,
        "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "item_ids" uuid array NOT NULL,
        CONSTRAINT "digests_user_period_key" UNIQUE ("user_id", "period_start"),
        CONSTRAINT "PK_3849fbafde59a8a4abf182ad18c" PRIMARY KEY ("id")
      )`);
    await db.query(`
      ALTER TABLE "digests" ADD CONSTRAINT "FK_38293b7517fbf90c3c53253825c"
      FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "digests"`);
  }
}
