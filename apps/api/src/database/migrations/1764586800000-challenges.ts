import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Challenges: time-boxed team goals curators set for a campaign's or a topic's content (exactly
 * one of the two), for some departments or everyone, between two organisation calendar days. A
 * challenge goes with its campaign or topic; its result is stored when the job ends it. The
 * index on the last day answers "which challenges are over and not yet ended" and "which ended
 * recently".
 */
export class Challenges1764586800000 implements MigrationInterface {
  name = 'Challenges1764586800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TYPE "public"."challenge_metric" AS ENUM('shares', 'verified-shares', 'clicks')`,
    );
    await db.query(
      `CREATE TABLE "challenges" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "title" character varying(120) NOT NULL,
         "description" character varying(1000),
         "metric" "public"."challenge_metric" NOT NULL,
         "target" integer NOT NULL,
         "campaign_id" uuid,
         "topic_id" uuid,
         "department_ids" uuid array NOT NULL DEFAULT '{}',
         "starts_on" date NOT NULL,
         "ends_on" date NOT NULL,
         "created_by_id" uuid,
         "ended_at" TIMESTAMP WITH TIME ZONE,
         "result" integer,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "challenges_dates_in_order" CHECK ("starts_on" <= "ends_on"),
         CONSTRAINT "challenges_target_positive" CHECK ("target" > 0),
         CONSTRAINT "challenges_one_scope" CHECK (("campaign_id" IS NULL) <> ("topic_id" IS NULL)),
         CONSTRAINT "PK_1e664e93171e20fe4d6125466af" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_042b13a48ed908b906caa425a4" ON "challenges" ("ends_on")`);
    await db.query(
      `ALTER TABLE "challenges" ADD CONSTRAINT "FK_a05247ea63946b4ef3fa532bcd4"
         FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "challenges" ADD CONSTRAINT "FK_1ef5e737d2d4aa52a016c93da17"
         FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "challenges" ADD CONSTRAINT "FK_a94abe45e0cf677ccb9222219a9"
         FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "challenges"`);
    await db.query(`DROP TYPE "public"."challenge_metric"`);
  }
}
