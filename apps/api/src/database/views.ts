/**
 * The views of the schema, as the code expects them: each one's name and the query that
 * defines it. Migrations create them (each with its own copy of the text, as it was then);
 * the migration drift check (test/api/schema.e2e-spec.ts) fails when the views a fresh
 * database gets differ from these, so a view changed here needs a migration too.
 */
export interface DatabaseView {
  name: string;
  query: string;
}

export const DATABASE_VIEWS: readonly DatabaseView[] = [
  // One row: the policy version everyone must have acknowledged, the latest one that asked
  // for it (0 while none did).
  {
    name: 'required_policy_version',
    query: `
      SELECT coalesce(max(version) FILTER (WHERE requires_acknowledgment), 0) AS version
        FROM policy_versions`,
  },
  // Per person who acknowledged a policy version: the highest version they acknowledged.
  {
    name: 'latest_policy_acknowledgments',
    query: `
      SELECT ack.user_id, max(version.version) AS version
        FROM policy_acknowledgments ack
        JOIN policy_versions version ON version.id = ack.policy_version_id
       GROUP BY ack.user_id`,
  },
  // Per person who passed a training stage: the highest stage passed (stages are taken in
  // order, so that is their level).
  {
    name: 'training_stages_reached',
    query: `
      SELECT user_id, max(stage) AS stage
        FROM quiz_attempts
       WHERE passed
       GROUP BY user_id`,
  },
  // Click events counted again per share and day as the rollups count them: rebuilds and
  // checks `share_click_days`.
  {
    name: 'click_rollup_recount',
    query: `
      SELECT event."share_id", event."day", share."user_id", share."item_id", share."network",
             (count(*) FILTER (WHERE event."kind" = 'click'))::int AS "clicks",
             (count(DISTINCT event."visitor") FILTER (WHERE event."kind" = 'click'))::int AS "unique_visitors",
             (count(*) FILTER (WHERE event."kind" = 'preview'))::int AS "previews",
             (count(*) FILTER (WHERE event."kind" = 'bot'))::int AS "bots",
             (count(*) FILTER (WHERE event."kind" = 'head'))::int AS "heads",
             (count(*) FILTER (WHERE event."kind" = 'self'))::int AS "self_clicks"
        FROM "click_events" event JOIN "shares" share ON share."id" = event."share_id"
       GROUP BY event."share_id", event."day", share."user_id", share."item_id", share."network"`,
  },
];
