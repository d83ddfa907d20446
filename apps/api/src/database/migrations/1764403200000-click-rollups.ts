import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Analytics at scale: click events partitioned by month, with the organisation's calendar day
 * on each (and on each share); rollups kept exact as events are written, per share per day and
 * per month, and per item and network per day and per month (long periods read months, and
 * figures that are not about people read items); the visitor hashes of recent days, so that a
 * batch adds only new visitors; and the SQL bulk loaders and tests use:
 * `chorus_click_partition(month)` creates a month's partition, `click_rollup_recount` counts
 * the share-day rollups afresh from the events, `chorus_rebuild_click_rollups()` replaces the
 * rollups of the days whose events are kept with that recount.
 */
export class ClickRollups1764403200000 implements MigrationInterface {
  name = 'ClickRollups1764403200000';

  async up(db: QueryRunner): Promise<void> {
    // Shares get the organisation's calendar day they were made on, as events do: written by
    // whoever inserts the share, or else worked out here from its time and the time zone set.
    await db.query(`ALTER TABLE "shares" ADD "day" date`);
    await db.query(`
      CREATE FUNCTION "chorus_organisation_day"("at" timestamptz) RETURNS date LANGUAGE sql STABLE AS $$
        SELECT ("at" AT TIME ZONE coalesce(
          (SELECT "value" #>> '{}' FROM "settings" WHERE "key" = 'timeZone'), 'UTC'))::date
      $$`);
    await db.query(`UPDATE "shares" SET "day" = "chorus_organisation_day"("created_at")`);
    await db.query(`ALTER TABLE "shares" ALTER COLUMN "day" SET NOT NULL`);
    await db.query(`
      CREATE FUNCTION "chorus_share_day"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."day" IS NULL THEN NEW."day" := "chorus_organisation_day"(NEW."created_at"); END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER "shares_day" BEFORE INSERT ON "shares"
      FOR EACH ROW EXECUTE FUNCTION "chorus_share_day"()`);
    await db.query(`CREATE INDEX "IDX_f5d310f2eda8d4a783304947e2" ON "shares" ("day")`);
    // The existing events move into the partitioned table; until an admin chooses a time zone,
    // the organisation's days are UTC days, as the visitor salts were.
    await db.query(`ALTER TABLE "click_events" RENAME TO "click_events_unpartitioned"`);
    await db.query(
      `ALTER TABLE "click_events_unpartitioned" RENAME CONSTRAINT "PK_2e3b14f5049a9fdbd8c9b1b10bf" TO "click_events_unpartitioned_pkey"`,
    );
    await db.query(
      `ALTER SEQUENCE "click_events_id_seq" RENAME TO "click_events_unpartitioned_id_seq"`,
    );
    await db.query(`DROP INDEX "IDX_37b2e383d946057ea5483516ae"`);
    await db.query(`DROP INDEX "IDX_f5d30468b163aab246fd5ccd46"`);
    await db.query(`
      CREATE TABLE "click_events" (
        "id" BIGSERIAL NOT NULL,
        "day" date NOT NULL,
        "share_id" uuid NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "kind" "public"."visit_kind" NOT NULL,
        "crawler" character varying(20),
        "visitor" character varying(32),
        CONSTRAINT "PK_d2b3d1bd4ea0a7fd6c4de3d2a9e" PRIMARY KEY ("id", "day")
      ) PARTITION BY RANGE ("day")`);
    await db.query(
      `CREATE INDEX "IDX_4347fa1f2333f1138c4ef53430" ON "click_events" ("share_id", "day")`,
    );
    await db.query(`
      CREATE FUNCTION "chorus_click_partition"("month" date) RETURNS text LANGUAGE plpgsql AS $$
      DECLARE
        first date := date_trunc('month', "month")::date;
        name text := 'click_events_' || to_char(first, 'YYYY_MM');
      BEGIN
        -- One replica at a time, so that two creating the same month do not collide.
        PERFORM pg_advisory_xact_lock(hashtext('chorus.click_partitions'));
        EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF "click_events" FOR VALUES FROM (%L) TO (%L)',
                       name, first, (first + interval '1 month')::date);
        RETURN name;
      END $$`);
    await db.query(`
      SELECT "chorus_click_partition"("month"::date)
        FROM generate_series(
               date_trunc('month', least(now(), coalesce((SELECT min("occurred_at") FROM "click_events_unpartitioned"), now())) AT TIME ZONE 'UTC'),
               date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month',
               interval '1 month') AS "month"`);
    await db.query(`
      INSERT INTO "click_events" ("id", "day", "share_id", "occurred_at", "kind", "crawler", "visitor")
      SELECT "id", ("occurred_at" AT TIME ZONE 'UTC')::date, "share_id", "occurred_at", "kind", "crawler", "visitor"
        FROM "click_events_unpartitioned"`);
    await db.query(
      `SELECT setval('click_events_id_seq', (SELECT coalesce(max("id"), 0) + 1 FROM "click_events"), false)`,
    );
    await db.query(`DROP TABLE "click_events_unpartitioned"`);

    await db.query(`
      CREATE TABLE "share_click_days" (
        "share_id" uuid NOT NULL,
        "day" date NOT NULL,
        "user_id" uuid,
        "item_id" uuid NOT NULL,
        "network" "public"."share_network" NOT NULL,
        "clicks" integer NOT NULL DEFAULT '0',
        "unique_visitors" integer NOT NULL DEFAULT '0',
        "previews" integer NOT NULL DEFAULT '0',
        "bots" integer NOT NULL DEFAULT '0',
        "heads" integer NOT NULL DEFAULT '0',
        CONSTRAINT "PK_6f0e4c5b1f7c8e1a9d3b2c4a5e6" PRIMARY KEY ("share_id", "day")
      )`);
    await db.query(`CREATE INDEX "IDX_c10c36c91b821967e36691c571" ON "share_click_days" ("day")`);
    await db.query(
      `CREATE INDEX "IDX_582349ffc39ddca10eaf7c228c" ON "share_click_days" ("user_id", "day")`,
    );
    await db.query(
      `ALTER TABLE "share_click_days" ADD CONSTRAINT "FK_1219eccd47bb97e671662181795" FOREIGN KEY ("share_id") REFERENCES "shares"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "share_click_days" ADD CONSTRAINT "FK_c20b59928fc1f90a7537dc34267" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "share_click_days" ADD CONSTRAINT "FK_c8a3df7db080156fcb0a6e7d586" FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(`
      CREATE TABLE "recent_visitors" (
        "share_id" uuid NOT NULL,
        "day" date NOT NULL,
        "visitor" character varying(32) NOT NULL,
        CONSTRAINT "PK_3e9b7c1d2a4f6e8b0c1d3e5f7a" PRIMARY KEY ("share_id", "day", "visitor")
      )`);
    await this.coarserRollups(db);
    await db.query(`
      CREATE VIEW "click_rollup_recount" AS
      SELECT event."share_id", event."day", share."user_id", share."item_id", share."network",
             (count(*) FILTER (WHERE event."kind" = 'click'))::int AS "clicks",
             (count(DISTINCT event."visitor") FILTER (WHERE event."kind" = 'click'))::int AS "unique_visitors",
             (count(*) FILTER (WHERE event."kind" = 'preview'))::int AS "previews",
             (count(*) FILTER (WHERE event."kind" = 'bot'))::int AS "bots",
             (count(*) FILTER (WHERE event."kind" = 'head'))::int AS "heads"
        FROM "click_events" event JOIN "shares" share ON share."id" = event."share_id"
       GROUP BY event."share_id", event."day", share."user_id", share."item_id", share."network"`);
    await db.query(`
      CREATE FUNCTION "chorus_rebuild_click_rollups"() RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        kept_from date := (SELECT min("day") FROM "click_events");
        month_from date := date_trunc('month', kept_from)::date;
      BEGIN
        IF kept_from IS NULL THEN RETURN; END IF;
        DELETE FROM "share_click_days" WHERE "day" >= kept_from;
        INSERT INTO "share_click_days" SELECT * FROM "click_rollup_recount";
        -- Months, and items, are sums of the days: unique visitors are counted per day.
        DELETE FROM "share_click_months" WHERE "month" >= month_from;
        INSERT INTO "share_click_months"
        SELECT "share_id", date_trunc('month', "day")::date, "user_id", "item_id", "network",
               sum("clicks"), sum("unique_visitors"), sum("previews"), sum("bots"), sum("heads")
          FROM "share_click_days" WHERE "day" >= month_from
         GROUP BY "share_id", date_trunc('month', "day")::date, "user_id", "item_id", "network";
        DELETE FROM "item_click_days" WHERE "day" >= kept_from;
        INSERT INTO "item_click_days"
        SELECT "item_id", "network", "day", sum("clicks"), sum("unique_visitors"), sum("previews"),
               sum("bots"), sum("heads")
          FROM "share_click_days" WHERE "day" >= kept_from
         GROUP BY "item_id", "network", "day";
        DELETE FROM "item_click_months" WHERE "month" >= month_from;
        INSERT INTO "item_click_months"
        SELECT "item_id", "network", date_trunc('month', "day")::date, sum("clicks"),
               sum("unique_visitors"), sum("previews"), sum("bots"), sum("heads")
          FROM "share_click_days" WHERE "day" >= month_from
         GROUP BY "item_id", "network", date_trunc('month', "day")::date;
        DELETE FROM "recent_visitors";
        INSERT INTO "recent_visitors" ("share_id", "day", "visitor")
        SELECT DISTINCT "share_id", "day", "visitor" FROM "click_events"
         WHERE "kind" = 'click' AND "visitor" IS NOT NULL
           AND "day" >= (SELECT max("day") - 1 FROM "click_events");
      END $$`);
    await db.query(`SELECT "chorus_rebuild_click_rollups"()`);
  }

  /** Per share per month, and per item and network per day and per month. */
  private async coarserRollups(db: QueryRunner): Promise<void> {
    const counts = `
        "clicks" integer NOT NULL DEFAULT '0',
        "unique_visitors" integer NOT NULL DEFAULT '0',
        "previews" integer NOT NULL DEFAULT '0',
        "bots" integer NOT NULL DEFAULT '0',
        "heads" integer NOT NULL DEFAULT '0'`;
    await db.query(`
      CREATE TABLE "share_click_months" (
        "share_id" uuid NOT NULL,
        "month" date NOT NULL,
        "user_id" uuid,
        "item_id" uuid NOT NULL,
        "network" "public"."share_network" NOT NULL,${counts},
        CONSTRAINT "PK_SHARE_CLICK_MONTHS" PRIMARY KEY ("share_id", "month")
      )`);
    await db.query(
      `CREATE INDEX "IDX_e135278f73b14e0a7eded44dee" ON "share_click_months" ("month")`,
    );
    await db.query(
      `ALTER TABLE "share_click_months" ADD CONSTRAINT "FK_6f3ddc94f2249b76c5e3f2f9c93" FOREIGN KEY ("share_id") REFERENCES "shares"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "share_click_months" ADD CONSTRAINT "FK_8d27cc8a47006462fd9c814a230" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "share_click_months" ADD CONSTRAINT "FK_bcad6a6634613df467bfa27a0a5" FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    for (const [table, bucket, index, foreignKey] of [
      [
        'item_click_days',
        'day',
        'IDX_3e9bba60e45d0c120429bfacc2',
        'FK_33f810c971aea62c4106601fbd4',
      ],
      [
        'item_click_months',
        'month',
        'IDX_6057d77923cbc26cf63c535fc0',
        'FK_a4deed0402a5d0adfeec3cd1291',
      ],
    ]) {
      await db.query(`
        CREATE TABLE "${table}" (
          "item_id" uuid NOT NULL,
          "network" "public"."share_network" NOT NULL,
          "${bucket}" date NOT NULL,${counts},
          CONSTRAINT "PK_${table.toUpperCase()}" PRIMARY KEY ("item_id", "network", "${bucket}")
        )`);
      await db.query(`CREATE INDEX "${index}" ON "${table}" ("${bucket}")`);
      await db.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${foreignKey}" FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION "chorus_rebuild_click_rollups"()`);
    await db.query(`DROP VIEW "click_rollup_recount"`);
    await db.query(`DROP TABLE "item_click_months"`);
    await db.query(`DROP TABLE "item_click_days"`);
    await db.query(`DROP TABLE "share_click_months"`);
    await db.query(`DROP TABLE "recent_visitors"`);
    await db.query(`DROP TABLE "share_click_days"`);
    await db.query(`ALTER TABLE "click_events" RENAME TO "click_events_partitioned"`);
    await db.query(
      `ALTER SEQUENCE "click_events_id_seq" RENAME TO "click_events_partitioned_id_seq"`,
    );
    await db.query(`
      CREATE TABLE "click_events" (
        "id" BIGSERIAL NOT NULL,
        "share_id" uuid NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "kind" "public"."visit_kind" NOT NULL,
        "crawler" character varying(20),
        "visitor" character varying(32),
        CONSTRAINT "PK_2e3b14f5049a9fdbd8c9b1b10bf" PRIMARY KEY ("id")
      )`);
    await db.query(`
      INSERT INTO "click_events" ("id", "share_id", "occurred_at", "kind", "crawler", "visitor")
      SELECT "id", "share_id", "occurred_at", "kind", "crawler", "visitor" FROM "click_events_partitioned"`);
    await db.query(
      `SELECT setval('click_events_id_seq', (SELECT coalesce(max("id"), 0) + 1 FROM "click_events"), false)`,
    );
    await db.query(`DROP TABLE "click_events_partitioned"`);
    await db.query(`DROP FUNCTION "chorus_click_partition"(date)`);
    await db.query(
      `CREATE INDEX "IDX_37b2e383d946057ea5483516ae" ON "click_events" ("occurred_at")`,
    );
    await db.query(
      `CREATE INDEX "IDX_f5d30468b163aab246fd5ccd46" ON "click_events" ("share_id", "occurred_at")`,
    );
    await db.query(`DROP INDEX "IDX_f5d310f2eda8d4a783304947e2"`);
    await db.query(`DROP TRIGGER "shares_day" ON "shares"`);
    await db.query(`DROP FUNCTION "chorus_share_day"()`);
    await db.query(`DROP FUNCTION "chorus_organisation_day"(timestamptz)`);
    await db.query(`ALTER TABLE "shares" DROP COLUMN "day"`);
  }
}
