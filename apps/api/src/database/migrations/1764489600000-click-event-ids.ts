import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Click events get the id given when the click was captured, unique per day (a unique key on
 * a partitioned table must hold the partition key), so that an event written twice (a retried
 * write whose first attempt did commit, the click journal replayed after a stop) is stored and
 * counted once. Events written before this have none; bulk loaders may leave it empty too.
 */
export class ClickEventIds1764489600000 implements MigrationInterface {
  name = 'ClickEventIds1764489600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "click_events" ADD "event_id" uuid`);
    await db.query(
      `CREATE UNIQUE INDEX "IDX_click_events_event_id_day" ON "click_events" ("event_id", "day")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "IDX_click_events_event_id_day"`);
    await db.query(`ALTER TABLE "click_events" DROP COLUMN "event_id"`);
  }
}
