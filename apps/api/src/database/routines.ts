/**
 * The functions and triggers of the schema, as the code expects them. Migrations create them
 * (each with its own copy of the text, as it was then); the migration drift check
 * (test/api/schema.e2e-spec.ts) fails when those of a fresh database differ from these, so a
 * function or trigger changed here needs a migration too.
 */
export interface DatabaseFunction {
  name: string;
  /** The CREATE FUNCTION statement, with the name quoted as the migrations write it. */
  definition: string;
}

export const DATABASE_FUNCTIONS: readonly DatabaseFunction[] = [
  // Counts every change to what the feed shows, so that cached feed pages know they are stale.
  {
    name: 'bump_content_revision',
    definition: `
CREATE FUNCTION "bump_content_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "content_revision" SET "revision" = "revision" + 1 WHERE "id" = 1;
  RETURN NULL;
END $$`,
  },
  // The organisation's calendar day of a moment, in the time zone its admins chose (UTC until then).
  {
    name: 'chorus_organisation_day',
    definition: `
CREATE FUNCTION "chorus_organisation_day"("at" timestamptz) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT ("at" AT TIME ZONE coalesce(
    (SELECT "value" #>> '{}' FROM "settings" WHERE "key" = 'timeZone'), 'UTC'))::date
$$`,
  },
  // Gives a share the organisation's day it was made on, unless whoever inserts it already did.
  {
    name: 'chorus_share_day',
    definition: `
CREATE FUNCTION "chorus_share_day"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."day" IS NULL THEN NEW."day" := "chorus_organisation_day"(NEW."created_at"); END IF;
  RETURN NEW;
END $$`,
  },
  // Creates the monthly partition of click_events that holds `month`, once, and names it.
  {
    name: 'chorus_click_partition',
    definition: `
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
END $$`,
  },
  // Recounts every rollup from the click events still kept (after a restore or a bulk change).
  {
    name: 'chorus_rebuild_click_rollups',
    definition: `
CREATE FUNCTION "chorus_rebuild_click_rollups"() RETURNS void LANGUAGE plpgsql AS $$
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
END $$`,
  },
];

/** Each trigger as PostgreSQL writes it back (`pg_get_triggerdef`). */
export const DATABASE_TRIGGERS: readonly string[] = [
  ...[
    'campaigns',
    'content_item_groups',
    'content_item_topics',
    'content_items',
    'content_thumbnails',
    'topics',
  ].map(
    (table) =>
      `CREATE TRIGGER ${table}_bump_content_revision AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.${table} FOR EACH STATEMENT EXECUTE FUNCTION bump_content_revision()`,
  ),
  'CREATE TRIGGER shares_day BEFORE INSERT ON public.shares FOR EACH ROW EXECUTE FUNCTION chorus_share_day()',
];
