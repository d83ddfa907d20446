import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Policy versions in several languages: a version's title, text and change summary move to
 * `policy_version_texts`, one row per language, and the version names its main language (the one
 * readers without a text of their own read). An acknowledgment records the language of the text
 * signed, which must exist for its version. Versions published so far were written in English.
 */
export class PolicyTranslations1764522000000 implements MigrationInterface {
  name = 'PolicyTranslations1764522000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "policy_version_texts" (
        "policy_version_id" uuid NOT NULL,
        "language" character varying(8) NOT NULL,
        "title" character varying(200) NOT NULL,
        "body" text NOT NULL,
        "change_summary" character varying(1000) NOT NULL DEFAULT '',
        "added_by_id" uuid,
        "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_by_id" uuid,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_policy_version_texts" PRIMARY KEY ("policy_version_id", "language")
      )`);
    await db.query(`ALTER TABLE "policy_versions" ADD "main_language" character varying(8)`);
    await db.query(`UPDATE "policy_versions" SET "main_language" = 'en'`);
    await db.query(`ALTER TABLE "policy_versions" ALTER COLUMN "main_language" SET NOT NULL`);
    await db.query(`
      INSERT INTO "policy_version_texts" ("policy_version_id", "language", "title", "body",
                  "change_summary", "added_by_id", "added_at", "updated_by_id", "updated_at")
      SELECT "id", "main_language", "title", "body", "change_summary", "published_by_id",
             "published_at", "published_by_id", "published_at"
        FROM "policy_versions"`);
    await db.query(`ALTER TABLE "policy_acknowledgments" ADD "language" character varying(8)`);
    await db.query(`
      UPDATE "policy_acknowledgments" ack SET "language" = version."main_language"
        FROM "policy_versions" version WHERE version."id" = ack."policy_version_id"`);
    await db.query(`ALTER TABLE "policy_acknowledgments" ALTER COLUMN "language" SET NOT NULL`);
    await db.query(
      `ALTER TABLE "policy_versions" DROP COLUMN "title", DROP COLUMN "body", DROP COLUMN "change_summary"`,
    );
    await db.query(
      `ALTER TABLE "policy_version_texts" ADD CONSTRAINT "FK_53b26943436d10842e841a441d4" FOREIGN KEY ("policy_version_id") REFERENCES "policy_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "policy_version_texts" ADD CONSTRAINT "FK_97e8651ed2654c2090c1174f4af" FOREIGN KEY ("added_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "policy_version_texts" ADD CONSTRAINT "FK_71f04e0a287483e919ba6eb15df" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "policy_acknowledgments" ADD CONSTRAINT "FK_ea57fe3fdaf740b4bc7899ad39c" FOREIGN KEY ("policy_version_id", "language") REFERENCES "policy_version_texts"("policy_version_id","language") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE "policy_acknowledgments" DROP CONSTRAINT "FK_ea57fe3fdaf740b4bc7899ad39c"`,
    );
    await db.query(`ALTER TABLE "policy_acknowledgments" DROP COLUMN "language"`);
    await db.query(`
      ALTER TABLE "policy_versions" ADD "title" character varying(200),
        ADD "body" text, ADD "change_summary" character varying(1000) NOT NULL DEFAULT ''`);
    await db.query(`
      UPDATE "policy_versions" version
         SET "title" = text."title", "body" = text."body", "change_summary" = text."change_summary"
        FROM "policy_version_texts" text
       WHERE text."policy_version_id" = version."id" AND text."language" = version."main_language"`);
    await db.query(
      `ALTER TABLE "policy_versions" ALTER COLUMN "title" SET NOT NULL, ALTER COLUMN "body" SET NOT NULL`,
    );
    await db.query(`ALTER TABLE "policy_versions" DROP COLUMN "main_language"`);
    await db.query(`DROP TABLE "policy_version_texts"`);
  }
}
