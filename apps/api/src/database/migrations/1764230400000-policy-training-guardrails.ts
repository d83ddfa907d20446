import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The social media policy and its acknowledgments, the three-stage training, restricted terms,
 * voluntary enrollment and reported comments. The three training stages exist from the start.
 */
export class PolicyTrainingGuardrails1764230400000 implements MigrationInterface {
  name = 'PolicyTrainingGuardrails1764230400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "enrollments" (
        "user_id" uuid NOT NULL,
        "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_ff997f5a39cd24a491b9aca45c9" PRIMARY KEY ("user_id")
      )`);
    await db.query(
      `CREATE TYPE "public"."escalation_network" AS ENUM('linkedin', 'x', 'facebook', 'instagram', 'xing', 'bluesky', 'reddit', 'mastodon', 'tiktok', 'youtube', 'other')`,
    );
    await db.query(
      `CREATE TYPE "public"."escalation_status" AS ENUM('open', 'in_progress', 'resolved')`,
    );
    await db.query(`
      CREATE TABLE "escalations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "reporter_id" uuid,
        "url" character varying(2048) NOT NULL,
        "network" "public"."escalation_network" NOT NULL,
        "excerpt" character varying(2000) NOT NULL,
        "description" character varying(2000) NOT NULL DEFAULT '',
        "status" "public"."escalation_status" NOT NULL DEFAULT 'open',
        "assignee_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "resolved_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_652a394609addaa4b0f2b3032a1" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE INDEX "IDX_e5a2c69aac1e274eeeb94d57b5" ON "escalations" ("reporter_id")`,
    );
    await db.query(
      `CREATE INDEX "IDX_b118c3a48230462ab8e8be9e95" ON "escalations" ("assignee_id")`,
    );
    await db.query(
      `CREATE INDEX "IDX_81f4617ee3ae4b5a0328d42e0b" ON "escalations" ("status", "created_at")`,
    );
    await db.query(
      `CREATE TYPE "public"."escalation_event_kind" AS ENUM('note', 'status', 'assignment')`,
    );
    await db.query(`
      CREATE TABLE "escalation_events" (
        "id" BIGSERIAL NOT NULL,
        "escalation_id" uuid NOT NULL,
        "kind" "public"."escalation_event_kind" NOT NULL,
        "author_id" uuid,
        "body" character varying(4000),
        "status" character varying(20),
        "assignee_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_0554f0361bc18cc120b29001af6" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE INDEX "IDX_7f451bccb6d23dbeb65e29d6c7" ON "escalation_events" ("escalation_id", "id")`,
    );
    await db.query(
      `CREATE TYPE "public"."restricted_term_category" AS ENUM('confidential', 'competitor', 'taboo')`,
    );
    await db.query(`CREATE TYPE "public"."guardrail_severity" AS ENUM('warn', 'block')`);
    await db.query(`
      CREATE TABLE "restricted_terms" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "term" character varying(100) NOT NULL,
        "term_key" character varying(200) NOT NULL,
        "category" "public"."restricted_term_category" NOT NULL,
        "severity" "public"."guardrail_severity" NOT NULL,
        "note" character varying(500) NOT NULL DEFAULT '',
        "created_by_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_8eedcb78c961e3e5d64cfd1b3c1" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE UNIQUE INDEX "restricted_terms_term_key_key" ON "restricted_terms" ("term_key")`,
    );
    await db.query(`
      CREATE TABLE "policy_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "version" integer NOT NULL,
        "title" character varying(200) NOT NULL,
        "body" text NOT NULL,
        "change_summary" character varying(1000) NOT NULL DEFAULT '',
        "requires_acknowledgment" boolean NOT NULL,
        "published_by_id" uuid,
        "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_125d2970fc66a316f84af16812e" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE UNIQUE INDEX "policy_versions_version_key" ON "policy_versions" ("version")`,
    );
    await db.query(`
      CREATE TABLE "policy_acknowledgments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "policy_version_id" uuid NOT NULL,
        "typed_name" character varying(200) NOT NULL,
        "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_2f4b9afe4fd1fd2801545590e30" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE INDEX "IDX_26b9de216353dae7fb1aecacb9" ON "policy_acknowledgments" ("policy_version_id")`,
    );
    await db.query(
      `CREATE UNIQUE INDEX "policy_acknowledgments_user_version_key" ON "policy_acknowledgments" ("user_id", "policy_version_id")`,
    );
    await db.query(`
      CREATE TABLE "training_lessons" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "stage" smallint NOT NULL,
        "position" integer NOT NULL,
        "title" character varying(200) NOT NULL,
        "body" text NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_77ee4d25f2d0df7a3d66a873aa5" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE INDEX "IDX_5ed881f5f446694538eb314cc8" ON "training_lessons" ("stage", "position")`,
    );
    await db.query(`
      CREATE TABLE "lesson_reads" (
        "user_id" uuid NOT NULL,
        "lesson_id" uuid NOT NULL,
        "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_bd5457382f1b6409f4c8f9cbef4" PRIMARY KEY ("user_id",
        "lesson_id")
      )`);
    await db.query(`CREATE INDEX "IDX_264104d4d6d083213343582f9d" ON "lesson_reads" ("lesson_id")`);
    await db.query(`
      CREATE TABLE "quiz_attempts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "stage" smallint NOT NULL,
        "score" smallint NOT NULL,
        "passed" boolean NOT NULL,
        "answers" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_a84a93fb092359516dc5b325b90" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE INDEX "IDX_5a1bcec67758c7407a5e59a0a7" ON "quiz_attempts" ("user_id", "stage")`,
    );
    await db.query(`
      CREATE TABLE "quiz_questions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "stage" smallint NOT NULL,
        "position" integer NOT NULL,
        "prompt" character varying(500) NOT NULL,
        "options" jsonb NOT NULL,
        "correct_option" smallint NOT NULL,
        "explanation" character varying(1000) NOT NULL DEFAULT '',
        CONSTRAINT "PK_ec0447fd30d9f5c182e7653bfd3" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE INDEX "IDX_38520ecf19ddf9aee4057bddd0" ON "quiz_questions" ("stage", "position")`,
    );
    await db.query(`
      CREATE TABLE "training_stages" (
        "stage" smallint NOT NULL,
        "title" character varying(120) NOT NULL,
        "summary" character varying(500) NOT NULL DEFAULT '',
        "pass_mark" smallint NOT NULL DEFAULT '80',
        CONSTRAINT "PK_500f4b3e27e3c93a076cf15441b" PRIMARY KEY ("stage")
      )`);
    await db.query(
      `ALTER TABLE "enrollments" ADD CONSTRAINT "FK_ff997f5a39cd24a491b9aca45c9" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "escalations" ADD CONSTRAINT "FK_e5a2c69aac1e274eeeb94d57b57" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "escalations" ADD CONSTRAINT "FK_b118c3a48230462ab8e8be9e956" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "escalation_events" ADD CONSTRAINT "FK_30aeebdec42d5d24fb4c77ce562" FOREIGN KEY ("escalation_id") REFERENCES "escalations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "escalation_events" ADD CONSTRAINT "FK_47f19cea41a79c8a8cbb0e519aa" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "escalation_events" ADD CONSTRAINT "FK_bace3ad90e975cb09c976c10149" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "restricted_terms" ADD CONSTRAINT "FK_d99e9bbb621d9348fa808ad6d9b" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "policy_versions" ADD CONSTRAINT "FK_8f686355bbace890ca0381ab15e" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "policy_acknowledgments" ADD CONSTRAINT "FK_bbe3c51c8fb51035cc518cfb3d7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "policy_acknowledgments" ADD CONSTRAINT "FK_26b9de216353dae7fb1aecacb99" FOREIGN KEY ("policy_version_id") REFERENCES "policy_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "lesson_reads" ADD CONSTRAINT "FK_949d3b1a200a0e875813a11fb8b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "lesson_reads" ADD CONSTRAINT "FK_264104d4d6d083213343582f9de" FOREIGN KEY ("lesson_id") REFERENCES "training_lessons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "quiz_attempts" ADD CONSTRAINT "FK_1701aaf48f6a78e96bfe08dd395" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(`
      INSERT INTO "training_stages" ("stage", "title", "summary") VALUES
        (1, 'Foundations', 'What is acceptable and beneficial to share, and what could harm the brand.'),
        (2, 'Social media at work', 'How social media makes internal work easier.'),
        (3, 'Ambassador', 'Building relationships and answering customers well.')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "quiz_attempts"`);
    await db.query(`DROP TABLE "lesson_reads"`);
    await db.query(`DROP TABLE "quiz_questions"`);
    await db.query(`DROP TABLE "training_lessons"`);
    await db.query(`DROP TABLE "training_stages"`);
    await db.query(`DROP TABLE "policy_acknowledgments"`);
    await db.query(`DROP TABLE "policy_versions"`);
    await db.query(`DROP TABLE "restricted_terms"`);
    await db.query(`DROP TABLE "escalation_events"`);
    await db.query(`DROP TABLE "escalations"`);
    await db.query(`DROP TABLE "enrollments"`);
    await db.query(`DROP TYPE "public"."escalation_event_kind"`);
    await db.query(`DROP TYPE "public"."escalation_status"`);
    await db.query(`DROP TYPE "public"."escalation_network"`);
    await db.query(`DROP TYPE "public"."guardrail_severity"`);
    await db.query(`DROP TYPE "public"."restricted_term_category"`);
  }
}
