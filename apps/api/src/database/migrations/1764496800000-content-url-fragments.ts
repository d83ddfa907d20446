import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps the fragment of the address a curator added (`#section-3`) beside the normalised
 * address, which stays the duplicate key: links to the item lead to that part of the page.
 */
export class ContentUrlFragments1764496800000 implements MigrationInterface {
  name = 'ContentUrlFragments1764496800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "content_items" ADD "url_fragment" character varying(2048)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "content_items" DROP COLUMN "url_fragment"`);
  }
}
