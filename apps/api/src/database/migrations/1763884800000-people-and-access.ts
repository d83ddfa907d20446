import { MigrationInterface, QueryRunner } from 'typeorm';

/** Groups, invitations and password resets, the outbox, the audit log and social profiles. */
export class PeopleAndAccess1763884800000 implements MigrationInterface {
  name = 'PeopleAndAccess1763884800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "public"."group_kind" AS ENUM('department', 'location')`);
    await db.query(`
      CREATE TABLE "org_groups" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" "public"."group_kind" NOT NULL,
        "name" character varying(120) NOT NULL,
        "name_key" character varying(120) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_65d86191832faf421f09086f170" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE UNIQUE INDEX "org_groups_kind_name_key" ON "org_groups" ("kind", "name_key")`,
    );

    await db.query(`ALTER TYPE "public"."user_status" ADD VALUE 'invited'`);
    await db.query(`
      ALTER TABLE "users"
        ADD "department_id" uuid,
        ADD "location_id" uuid,
        ADD "sso_subject" character varying(255),
        ADD "last_sign_in_at" TIMESTAMP WITH TIME ZONE`);
    await db.query(`CREATE INDEX "IDX_0921d1972cf861d568f5271cd8" ON "users" ("department_id")`);
    await db.query(`CREATE INDEX "IDX_1523fb2aebce55b9e820122ee0" ON "users" ("location_id")`);
    await db.query(`CREATE UNIQUE INDEX "users_sso_subject_key" ON "users" ("sso_subject")`);
    await db.query(`
      ALTER TABLE "users" ADD CONSTRAINT "FK_0921d1972cf861d568f5271cd85"
        FOREIGN KEY ("department_id") REFERENCES "org_groups"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await db.query(`
      ALTER TABLE "users" ADD CONSTRAINT "FK_1523fb2aebce55b9e820122ee0e"
        FOREIGN KEY ("location_id") REFERENCES "org_groups"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    await db.query(
      `CREATE TYPE "public"."account_token_purpose" AS ENUM('invitation', 'password_reset')`,
    );
    await db.query(`
      CREATE TABLE "account_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "purpose" "public"."account_token_purpose" NOT NULL,
        "secret_hash" character(64) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE INDEX "IDX_1b5fea09efc20c7f63c4a09b3d" ON "account_tokens" ("user_id")`);
    await db.query(
      `CREATE UNIQUE INDEX "account_tokens_secret_hash_key" ON "account_tokens" ("secret_hash")`,
    );
    await db.query(`
      ALTER TABLE "account_tokens" ADD CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6"
        FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await db.query(`
      CREATE TABLE "audit_entries" (
        "id" BIGSERIAL NOT NULL,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "actor_id" uuid,
        "actor_label" character varying(320),
        "action" character varying(64) NOT NULL,
        "target_type" character varying(32),
        "target_id" character varying(64),
        "target_label" character varying(320),
        "summary" jsonb,
        "request_id" character varying(100),
        CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE INDEX "IDX_c2d369a2e8a9e3773f1682b8ac" ON "audit_entries" ("actor_id")`);
    await db.query(
      `CREATE INDEX "IDX_f4b11f6904466ddb3ffb5f1398" ON "audit_entries" ("target_id")`,
    );
    await db.query(
      `CREATE INDEX "IDX_86f149b397133751bc321c8e37" ON "audit_entries" ("action", "at")`,
    );
    await db.query(`CREATE INDEX "IDX_b12f87335630edfd1294cf349b" ON "audit_entries" ("at")`);

    await db.query(`
      CREATE TABLE "outbox_messages" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "recipient" character varying(320) NOT NULL,
        "subject" character varying(300) NOT NULL,
        "text" text NOT NULL,
        CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE INDEX "IDX_cc786a211f9e63bb4b4466ac9a" ON "outbox_messages" ("created_at")`,
    );

    await db.query(`
      CREATE TYPE "public"."social_network" AS ENUM(
        'linkedin', 'x', 'facebook', 'xing', 'bluesky', 'instagram', 'reddit', 'mastodon')`);
    await db.query(`
      CREATE TABLE "social_profiles" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "network" "public"."social_network" NOT NULL,
        "handle" character varying(200),
        "audience_size" integer,
        CONSTRAINT "PK_b07773de7651b6e0d11719b971a" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE UNIQUE INDEX "social_profiles_user_network_key" ON "social_profiles" ("user_id", "network")`,
    );
    await db.query(`
      ALTER TABLE "social_profiles" ADD CONSTRAINT "FK_2ae64d93adc9fb31866ee17cd0b"
        FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "social_profiles"`);
    await db.query(`DROP TYPE "public"."social_network"`);
    await db.query(`DROP TABLE "outbox_messages"`);
    await db.query(`DROP TABLE "audit_entries"`);
    await db.query(`DROP TABLE "account_tokens"`);
    await db.query(`DROP TYPE "public"."account_token_purpose"`);
    await db.query(`
      ALTER TABLE "users"
        DROP COLUMN "last_sign_in_at",
        DROP COLUMN "sso_subject",
        DROP COLUMN "location_id",
        DROP COLUMN "department_id"`);
    // PostgreSQL cannot drop an enum value: rebuild the type, and people still invited become
    // deactivated (they have no password yet, so they could not have signed in anyway).
    await db.query(`ALTER TYPE "public"."user_status" RENAME TO "user_status_old"`);
    await db.query(`CREATE TYPE "public"."user_status" AS ENUM('active', 'deactivated')`);
    await db.query(`
      ALTER TABLE "users"
        ALTER "status" DROP DEFAULT,
        ALTER "status" TYPE "public"."user_status" USING (
          CASE WHEN "status"::text = 'invited' THEN 'deactivated' ELSE "status"::text END
        )::"public"."user_status",
        ALTER "status" SET DEFAULT 'active'`);
    await db.query(`DROP TYPE "public"."user_status_old"`);
    await db.query(`DROP TABLE "org_groups"`);
    await db.query(`DROP TYPE "public"."group_kind"`);
  }
}
