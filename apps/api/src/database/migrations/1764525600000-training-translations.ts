import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Training in several languages: each stage is written in a main language, and its title,
 * lessons and quiz questions can have translations. Quiz attempts record the language they were
 * taken in (every attempt so far was in English, the only language there was).
 */
export class TrainingTranslations1764525600000 implements MigrationInterface {
  name = 'TrainingTranslations1764525600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE "training_stages" ADD "language" character varying(8) NOT NULL DEFAULT 'en'`,
    );
    await db.query(
      `ALTER TABLE "quiz_attempts" ADD "language" character varying(8) NOT NULL DEFAULT 'en'`,
    );
    await db.query(`ALTER TABLE "quiz_attempts" ALTER COLUMN "language" DROP DEFAULT`);
    await db.query(`
      CREATE TABLE "training_stage_translations" (
        "stage" smallint NOT NULL,
        "language" character varying(8) NOT NULL,
        "title" character varying(120) NOT NULL,
        "summary" character varying(500) NOT NULL DEFAULT '',
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_a1cb03ea81913d1a589d0c7fae6" PRIMARY KEY ("stage", "language")
      )`);
    await db.query(`
      CREATE TABLE "training_lesson_translations" (
        "lesson_id" uuid NOT NULL,
        "language" character varying(8) NOT NULL,
        "title" character varying(200) NOT NULL,
        "body" text NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_84f9e28ce5b7a91f25055455ba2" PRIMARY KEY ("lesson_id", "language")
      )`);
    await db.query(`
      CREATE TABLE "quiz_question_translations" (
        "question_id" uuid NOT NULL,
        "language" character varying(8) NOT NULL,
        "prompt" character varying(500) NOT NULL,
        "options" jsonb NOT NULL,
        "explanation" character varying(1000) NOT NULL DEFAULT '',
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_aab3f320e9660134f740cb4f1b4" PRIMARY KEY ("question_id", "language")
      )`);
    await db.query(
      `ALTER TABLE "training_stage_translations" ADD CONSTRAINT "FK_fea82d4103e7b5ee3cf68b13d25" FOREIGN KEY ("stage") REFERENCES "training_stages"("stage") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "training_lesson_translations" ADD CONSTRAINT "FK_d9771d6d68b4ac2f1a68b2ebdca" FOREIGN KEY ("lesson_id") REFERENCES "training_lessons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "quiz_question_translations" ADD CONSTRAINT "FK_fbb1e2f58c0b787c9878070706c" FOREIGN KEY ("question_id") REFERENCES "quiz_questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "quiz_question_translations"`);
    await db.query(`DROP TABLE "training_lesson_translations"`);
    await db.query(`DROP TABLE "training_stage_translations"`);
    await db.query(`ALTER TABLE "quiz_attempts" DROP COLUMN "language"`);
    await db.query(`ALTER TABLE "training_stages" DROP COLUMN "language"`);
  }
}
