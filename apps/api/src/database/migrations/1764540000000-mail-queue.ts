import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * All mail goes through a durable queue: a delivery is written in the transaction of the change
 * that causes it, once per idempotency key, and a pg-boss job sends it after commit. One row
 * holds the next free send slot, so that all replicas together keep to the configured rate.
 */
export class MailQueue1764540000000 implements MigrationInterface {
  name = 'MailQueue1764540000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "mail_deliveries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "idempotency_key" character varying(300) NOT NULL,
        "recipient" character varying(320) NOT NULL,
        "language" character varying(8) NOT NULL,
        "subject" character varying(300) NOT NULL,
        "text" text NOT NULL,
        "html" text NOT NULL,
        "headers" jsonb NOT NULL DEFAULT '{}',
        "status" character varying(16) NOT NULL DEFAULT 'queued',
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" character varying(1000),
        "send_after" TIMESTAMP WITH TIME ZONE NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "mail_deliveries_status"
          CHECK ("status" IN ('queued', 'sending', 'sent', 'kept', 'failed')),
        CONSTRAINT "mail_deliveries_pkey" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE UNIQUE INDEX "mail_deliveries_idempotency_key_key" ON "mail_deliveries" ("idempotency_key")`,
    );
    await db.query(`CREATE INDEX "mail_deliveries_recipient" ON "mail_deliveries" ("recipient")`);
    await db.query(`CREATE INDEX "mail_deliveries_created_at" ON "mail_deliveries" ("created_at")`);
    await db.query(
      `CREATE INDEX "mail_deliveries_status_created_at" ON "mail_deliveries" ("status", "created_at")`,
    );
    await db.query(`
      CREATE TABLE "mail_send_slots" (
        "lane" character varying(8) NOT NULL,
        "next_slot" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "mail_send_slots_lane" CHECK ("lane" IN ('bulk', 'personal')),
        CONSTRAINT "mail_send_slots_pkey" PRIMARY KEY ("lane")
      )`);
    await db.query(`INSERT INTO "mail_send_slots" ("lane") VALUES ('bulk'), ('personal')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "mail_send_slots"`);
    await db.query(`DROP TABLE "mail_deliveries"`);
  }
}
