import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders: content items remember when they were last submitted for review (how long they
 * have waited there), and the reminder job records each reminder it sent, at its own time, so
 * that every reminder keeps to its window. Items already in review take the time of their last
 * submission in the audit log, or of their last change when the log has none.
 */
export class Reminders1764561600000 implements MigrationInterface {
  name = 'Reminders1764561600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "content_items" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
    await db.query(`
      UPDATE content_items item
         SET submitted_at = coalesce(
               (SELECT max(entry.at) FROM audit_entries entry
                 WHERE entry.action = 'content.submitted' AND entry.target_id = item.id::text),
               CASE WHEN item.status = 'in_review' THEN item.updated_at END)`);
    await db.query(
      `CREATE TABLE "reminders_sent" ("user_id" uuid NOT NULL, "key" character varying(100) NOT NULL, "kind" character varying(32) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2f1ac0189576605e2a56e2a98c2" PRIMARY KEY ("user_id", "key"))`,
    );
    await db.query(
      `CREATE INDEX "IDX_536cb07faa5b6128cb8ad93eb0" ON "reminders_sent" ("user_id", "kind", "sent_at")`,
    );
    await db.query(
      `ALTER TABLE "reminders_sent" ADD CONSTRAINT "FK_fa6c190173d443a40ef13fa9138" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "reminders_sent"`);
    await db.query(`ALTER TABLE "content_items" DROP COLUMN "submitted_at"`);
  }
}
