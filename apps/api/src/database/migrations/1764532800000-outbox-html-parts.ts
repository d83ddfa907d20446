import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail has an HTML part beside its text part, and a language: the outbox keeps both parts and
 * the language so that admins read a kept mail as its recipient would have. Mail kept before has
 * neither (null).
 */
export class OutboxHtmlParts1764532800000 implements MigrationInterface {
  name = 'OutboxHtmlParts1764532800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "outbox_messages" ADD "html" text`);
    await db.query(`ALTER TABLE "outbox_messages" ADD "language" character varying(8)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "outbox_messages" DROP COLUMN "language"`);
    await db.query(`ALTER TABLE "outbox_messages" DROP COLUMN "html"`);
  }
}
