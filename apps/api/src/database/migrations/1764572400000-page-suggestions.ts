import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People suggest pages to the curators' inbox beside their feeds: an entry comes from a feed or
 * from a person (never both), with the person's note. A suggestion stays when its person's
 * account goes (from nobody then), so the check allows neither; a feed's entries go with it.
 * The index answers "what did this person suggest, and when" (credit, a daily limit).
 */
export class PageSuggestions1764572400000 implements MigrationInterface {
  name = 'PageSuggestions1764572400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "source_entries" ADD "suggested_by_id" uuid`);
    await db.query(`ALTER TABLE "source_entries" ADD "note" character varying(500)`);
    await db.query(`ALTER TABLE "source_entries" ALTER COLUMN "source_id" DROP NOT NULL`);
    await db.query(
      `CREATE INDEX "IDX_986be9aa073ddc0b78ead9b8a0" ON "source_entries" ("suggested_by_id", "created_at")`,
    );
    await db.query(
      `ALTER TABLE "source_entries" ADD CONSTRAINT "source_entries_one_origin"
         CHECK ("source_id" IS NULL OR "suggested_by_id" IS NULL)`,
    );
    await db.query(
      `ALTER TABLE "source_entries" ADD CONSTRAINT "FK_14da931c441194f0e34845101c3"
         FOREIGN KEY ("suggested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    // People's suggestions have no feed to belong to: they go with the columns.
    await db.query(`DELETE FROM "source_entries" WHERE "source_id" IS NULL`);
    await db.query(`ALTER TABLE "source_entries" DROP CONSTRAINT "FK_14da931c441194f0e34845101c3"`);
    await db.query(`ALTER TABLE "source_entries" DROP CONSTRAINT "source_entries_one_origin"`);
    await db.query(`DROP INDEX "public"."IDX_986be9aa073ddc0b78ead9b8a0"`);
    await db.query(`ALTER TABLE "source_entries" ALTER COLUMN "source_id" SET NOT NULL`);
    await db.query(`ALTER TABLE "source_entries" DROP COLUMN "note"`);
    await db.query(`ALTER TABLE "source_entries" DROP COLUMN "suggested_by_id"`);
  }
}
