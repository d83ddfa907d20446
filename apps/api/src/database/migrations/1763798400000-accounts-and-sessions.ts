import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndSessions1763798400000 implements MigrationInterface {
  name = 'AccountsAndSessions1763798400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TYPE "public"."user_role" AS ENUM('employee', 'curator', 'analyst', 'admin')`,
    );
    await db.query(`CREATE TYPE "public"."user_status" AS ENUM('active', 'deactivated')`);
    await db.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" character varying(320) NOT NULL,
        "name" character varying(200) NOT NULL,
        "roles" "public"."user_role" array NOT NULL DEFAULT '{employee}',
        "status" "public"."user_status" NOT NULL DEFAULT 'active',
        "language" character varying(8) NOT NULL DEFAULT 'en',
        "password_hash" character varying(255),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE UNIQUE INDEX "users_email_key" ON "users" ("email")`);

    await db.query(`
      CREATE TABLE "sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "user_agent" character varying(300),
        CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id")
      )`);
    await db.query(`CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON "sessions" ("user_id")`);
    await db.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"
        FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await db.query(`
      CREATE TABLE "login_failures" (
        "id" BIGSERIAL NOT NULL,
        "email" character varying(320) NOT NULL,
        "client_hash" character(64) NOT NULL,
        "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_8211e8ec810fd7f976b98ce97a0" PRIMARY KEY ("id")
      )`);
    await db.query(
      `CREATE INDEX "IDX_8e9147386ecec54e84d5e3c1d8" ON "login_failures" ("email", "attempted_at")`,
    );
    await db.query(
      `CREATE INDEX "IDX_9d347a9602aa41cd509ac47ed4" ON "login_failures" ("client_hash", "attempted_at")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "login_failures"`);
    await db.query(`DROP TABLE "sessions"`);
    await db.query(`DROP TABLE "users"`);
    await db.query(`DROP TYPE "public"."user_status"`);
    await db.query(`DROP TYPE "public"."user_role"`);
  }
}
