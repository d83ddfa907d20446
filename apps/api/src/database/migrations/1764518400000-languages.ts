import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Norwegian becomes `nb` (bokmål, BCP 47) instead of the generic `no`, the code the portal,
 * browsers' Accept-Language and Intl use; and a person's language remembers whether they chose it
 * themselves, so that a choice made before signing in is not overridden by a default.
 */
export class Languages1764518400000 implements MigrationInterface {
  name = 'Languages1764518400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE "users" SET "language" = 'nb' WHERE "language" = 'no'`);
    await db.query(`UPDATE "content_items" SET "language" = 'nb' WHERE "language" = 'no'`);
    await db.query(
      `UPDATE "content_items" SET "target_languages" = array_replace("target_languages", 'no', 'nb')
       WHERE 'no' = ANY("target_languages")`,
    );
    await db.query(`UPDATE "content_variants" SET "language" = 'nb' WHERE "language" = 'no'`);
    await db.query(`ALTER TABLE "users" ADD "language_chosen_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "users" DROP COLUMN "language_chosen_at"`);
    await db.query(`UPDATE "content_variants" SET "language" = 'no' WHERE "language" = 'nb'`);
    await db.query(
      `UPDATE "content_items" SET "target_languages" = array_replace("target_languages", 'nb', 'no')
       WHERE 'nb' = ANY("target_languages")`,
    );
    await db.query(`UPDATE "content_items" SET "language" = 'no' WHERE "language" = 'nb'`);
    await db.query(`UPDATE "users" SET "language" = 'no' WHERE "language" = 'nb'`);
  }
}
