import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A suggestion's decision: who promoted or dismissed it and when, and, for a person's suggestion
 * the curators dismissed, why (their suggester is told). Settled suggestions from before keep
 * nulls: nobody recorded who decided them.
 */
export class SuggestionDecisions1764590400000 implements MigrationInterface {
  name = 'SuggestionDecisions1764590400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "source_entries" ADD "decline_reason" character varying(500)`);
    await db.query(`ALTER TABLE "source_entries" ADD "decided_at" TIMESTAMP WITH TIME ZONE`);
    await db.query(`ALTER TABLE "source_entries" ADD "decided_by_id" uuid`);
    await db.query(
      `ALTER TABLE "source_entries" ADD CONSTRAINT "FK_7e08dff1bc19281e34acf07de2f"
         FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "source_entries" DROP CONSTRAINT "FK_7e08dff1bc19281e34acf07de2f"`);
    await db.query(`ALTER TABLE "source_entries" DROP COLUMN "decided_by_id"`);
    await db.query(`ALTER TABLE "source_entries" DROP COLUMN "decided_at"`);
    await db.query(`ALTER TABLE "source_entries" DROP COLUMN "decline_reason"`);
  }
}
