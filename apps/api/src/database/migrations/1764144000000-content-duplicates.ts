import { MigrationInterface, QueryRunner } from 'typeorm';

/** Remembers which item a page already is, when its canonical address says so. */
export class ContentDuplicates1764144000000 implements MigrationInterface {
  name = 'ContentDuplicates1764144000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "content_items" ADD "duplicate_of_id" uuid`);
    await db.query(`
      ALTER TABLE "content_items" ADD CONSTRAINT "FK_2def168411e2518edb8ab037dba"
        FOREIGN KEY ("duplicate_of_id") REFERENCES "content_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "content_items" DROP CONSTRAINT "FK_2def168411e2518edb8ab037dba"`);
    await db.query(`ALTER TABLE "content_items" DROP COLUMN "duplicate_of_id"`);
  }
}
