import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Self-clicks: a visit to a share's link from the sharer's own signed-in browser becomes a visit
 * kind of its own (`self`), never a click, and the share rollups count those visits apart
 * (`self_clicks`, per day and per month; item rollups are not about people and need no such
 * count). The recount view and the rebuild function count them too.
 *
 * PostgreSQL lets no transaction use an enum value it added itself, so the value is added first,
 * on its own, and the rest runs in one transaction of this migration's own. Both steps may run
 * again after a failure: the value is added only if missing.
 */
export class SelfClicks1764579600000 implements MigrationInterface {
  name = 'SelfClicks1764579600000';
  transaction = false;

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TYPE "public"."visit_kind" ADD VALUE IF NOT EXISTS 'self'`);
    await db.startTransaction();
    try {
      for (const table of ['share_click_days', 'share_click_months']) {
        await db.query(`ALTER TABLE "${table}" ADD "self_clicks" integer NOT NULL DEFAULT '0'`);
      }
      await db.query(`CREATE OR REPLACE VIEW "click_rollup_recount" AS ${RECOUNT}`);
      await db.query(REBUILD);
      await db.commitTransaction();
    } catch (error) {
      await db.rollbackTransaction();
      throw error;
    }
  }

  /**
   * PostgreSQL cannot take a value out of an enum type, so `self` stays (unused, harmless to the
   * code before this migration). Self-visits recorded would become unknown to it: while there
   * are any, this refuses.
   */
  async down(db: QueryRunner): Promise<void> {
    await db.startTransaction();
    try {
      const [{ visits }] = (await db.query(
        `SELECT count(*)::int AS "visits" FROM "click_events" WHERE "kind" = 'self'`,
      )) as { visits: number }[];
      if (visits > 0) {
        throw new Error(
          `Cannot undo SelfClicks1764579600000: ${visits} visits are sharers' own, a kind the ` +
            'earlier version does not know. Delete those click events first if they are to go.',
        );
      }
      await db.query(REBUILD_BEFORE);
      await db.query(`DROP VIEW "click_rollup_recount"`);
      await db.query(`CREATE VIEW "click_rollup_recount" AS ${RECOUNT_BEFORE}`);
      for (const table of ['share_click_months', 'share_click_days']) {
        await db.query(`ALTER TABLE "${table}" DROP COLUMN "self_clicks"`);
      }
      await db.commitTransaction();
    } catch (error) {
      await db.rollbackTransaction();
      throw error;
    }
  }
}

const RECOUNT = `
  SELECT event."share_id", event."day", share."user_id", share."item_id", share."network",
         (count(*) FILTER (WHERE event."kind" = 'click'))::int AS "clicks",
         (count(DISTINCT event."visitor") FILTER (WHERE event."kind" = 'click'))::int AS "unique_visitors",
         (count(*) FILTER (WHERE event."kind" = 'preview'))::int AS "previews",
         (count(*) FILTER (WHERE event."kind" = 'bot'))::int AS "bots",
         (count(*) FILTER (WHERE event."kind" = 'head'))::int AS "heads",
         (count(*) FILTER (WHERE event."kind" = 'self'))::int AS "self_clicks"
    FROM "click_events" event JOIN "shares" share ON share."id" = event."share_id"
   GROUP BY event."share_id", event."day", share."user_id", share."item_id", share."network"`;

const RECOUNT_BEFORE = `
  SELECT event."share_id", event."day", share."user_id", share."item_id", share."network",
         (count(*) FILTER (WHERE event."kind" = 'click'))::int AS "clicks",
         (count(DISTINCT event."visitor") FILTER (WHERE event."kind" = 'click'))::int AS "unique_visitors",
         (count(*) FILTER (WHERE event."kind" = 'preview'))::int AS "previews",
         (count(*) FILTER (WHERE event."kind" = 'bot'))::int AS "bots",
         (count(*) FILTER (WHERE event."kind" = 'head'))::int AS "heads"
    FROM "click_events" event JOIN "shares" share ON share."id" = event."share_id"
   GROUP BY event."share_id", event."day", share."user_id", share."item_id", share."network"`;

const REBUILD = `
  CREATE OR REPLACE FUNCTION "chorus_rebuild_click_rollups"() RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    kept_from date := (SELECT min("day") FROM "click_events");
    month_from date := date_trunc('month', kept_from)::date;
  BEGIN
    IF kept_from IS NULL THEN RETURN; END IF;
    DELETE FROM "share_click_days" WHERE "day" >= kept_from;
    INSERT INTO "share_click_days" ("share_id", "day", "user_id", "item_id", "network", "clicks",
                                    "unique_visitors", "previews", "bots", "heads", "self_clicks")
    SELECT "share_id", "day", "user_id", "item_id", "network", "clicks", "unique_visitors",
           "previews", "bots", "heads", "self_clicks"
      FROM "click_rollup_recount";
    -- Months, and items, are sums of the days: unique visitors are counted per day.
    DELETE FROM "share_click_months" WHERE "month" >= month_from;
    INSERT INTO "share_click_months" ("share_id", "month", "user_id", "item_id", "network", "clicks",
                                      "unique_visitors", "previews", "bots", "heads", "self_clicks")
    SELECT "share_id", date_trunc('month', "day")::date, "user_id", "item_id", "network",
           sum("clicks"), sum("unique_visitors"), sum("previews"), sum("bots"), sum("heads"),
           sum("self_clicks")
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
  END $$`;

const REBUILD_BEFORE = `
  CREATE OR REPLACE FUNCTION "chorus_rebuild_click_rollups"() RETURNS void LANGUAGE plpgsql AS $$
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
  END $$`;
