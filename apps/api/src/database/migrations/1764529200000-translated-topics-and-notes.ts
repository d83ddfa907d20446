import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Topic names and restricted-term notes in several languages: each keeps its main text and
 * may have one per UI language, kept as a JSON object from language code to text.
 */
export class TranslatedTopicsAndNotes1764529200000 implements MigrationInterface {
  name = 'TranslatedTopicsAndNotes1764529200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "topics" ADD "names" jsonb NOT NULL DEFAULT '{}'`);
    await db.query(
      `ALTER TABLE "topics" ADD CONSTRAINT "topics_names_object" CHECK (jsonb_typeof("names") = 'object')`,
    );
    await db.query(`ALTER TABLE "restricted_terms" ADD "notes" jsonb NOT NULL DEFAULT '{}'`);
    await db.query(
      `ALTER TABLE "restricted_terms" ADD CONSTRAINT "restricted_terms_notes_object" CHECK (jsonb_typeof("notes") = 'object')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "restricted_terms" DROP COLUMN "notes"`);
    await db.query(`ALTER TABLE "topics" DROP COLUMN "names"`);
  }
}
