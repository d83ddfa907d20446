import {
  isPeopleDimension,
  type AdvocateRanking,
  type AnalyticsDimension,
  type BreakdownSort,
} from '@chorus/core';
import { dimensionKey, ScopeSql, type AnalyticsScope } from './analytics-scope';

/**
 * The text of the analytics statements, built from a request's scope, and their parameters.
 * Pure: nothing here touches the database, so that `queries/` can keep the text each one
 * builds as `.sql` files a reviewer reads (and the unit tests check they are current).
 * Definitions shared with other reports are views (`database/views.ts`); what stays built
 * here is what a request chooses: its filters, the period's rollups, the breakdown dimension.
 */
export interface Statement {
  text: string;
  params: unknown[];
}

export interface GroupingOptions {
  byNetwork: boolean;
  sort: BreakdownSort;
}

const SHARE_COUNTS = `count(*)::int AS "shares", count(share.verified_at)::int AS "verifiedShares",
  coalesce(sum(share.declared_audience), 0)::bigint::float8 AS "declaredReach"`;

const CLICK_COUNTS = `sum(rollup.clicks)::int AS "clicks",
  sum(rollup.unique_visitors)::int AS "uniqueVisitors"`;

/** The column each breakdown order sorts by. */
const SORT_COLUMNS: Record<BreakdownSort, string> = {
  clicks: 'clicks',
  shares: 'shares',
  verifiedShares: 'verified',
  uniqueVisitors: 'unique_visitors',
  clicksPerShare: 'clicks_per_share',
  declaredReach: 'reach',
};

/** The department, location or campaign a filter names. */
export function namedStatement(
  kind: 'department' | 'location' | 'campaign',
  id: string,
): Statement {
  return kind === 'campaign'
    ? { text: 'SELECT id, name FROM campaigns WHERE id = $1', params: [id] }
    : {
        text: 'SELECT id, name FROM org_groups WHERE id = $1 AND kind = $2::group_kind',
        params: [id, kind],
      };
}

/** Shares, verified shares and declared reach of the period. */
export function shareFiguresStatement(scope: AnalyticsScope): Statement {
  const sql = new ScopeSql(scope);
  const { joins, where } = sql.filters('share');
  return {
    text: `SELECT ${SHARE_COUNTS} FROM shares share ${joins}
        WHERE ${sql.sharedInPeriod('share')} ${where}`,
    params: sql.params,
  };
}

/** Shares of the period by where they were started (sources without a share have no row). */
export function sharesBySourceStatement(scope: AnalyticsScope): Statement {
  const sql = new ScopeSql(scope);
  const { joins, where } = sql.filters('share');
  return {
    text: `SELECT share.source::text AS "source", count(*)::int AS "shares"
         FROM shares share ${joins}
        WHERE ${sql.sharedInPeriod('share')} ${where}
        GROUP BY share.source`,
    params: sql.params,
  };
}

/** Clicks and unique visitors in the period, by network. */
export function clicksByNetworkStatement(scope: AnalyticsScope): Statement {
  const sql = new ScopeSql(scope);
  const rollups = sql.clicks();
  const { joins, where } = sql.filters('rollup');
  return {
    text: `SELECT rollup.network::text AS "network", ${CLICK_COUNTS}
         FROM ${rollups} ${joins}
        WHERE true ${where}
        GROUP BY rollup.network`,
    params: sql.params,
  };
}

/**
 * Active people, enrolled people, those of them who shared in the period, the policy version
 * required and who acknowledged it, and people by the training stage they reached.
 */
export function peopleFiguresStatement(scope: AnalyticsScope): Statement {
  const sql = new ScopeSql(scope);
  const sharers = sharersOf(sql);
  const conditions = sql.personFilters();
  return {
    text: `WITH required AS (SELECT version FROM required_policy_version),
            sharers AS (${sharers})
       SELECT count(*)::int AS "active", count(enrollment.user_id)::int AS "enrolled",
              count(enrollment.user_id) FILTER (WHERE person.id IN (SELECT user_id FROM sharers))::int
                AS "sharingEnrolled",
              (SELECT version FROM required)::int AS "requiredPolicyVersion",
              count(enrollment.user_id)
                FILTER (WHERE latest.version >= (SELECT version FROM required) AND latest.version > 0)::int
                AS "acknowledged",
              count(enrollment.user_id) FILTER (WHERE coalesce(reached.stage, 0) = 0)::int AS "stage0",
              count(enrollment.user_id) FILTER (WHERE reached.stage = 1)::int AS "stage1",
              count(enrollment.user_id) FILTER (WHERE reached.stage = 2)::int AS "stage2",
              count(enrollment.user_id) FILTER (WHERE reached.stage = 3)::int AS "stage3"
         FROM users person
         LEFT JOIN enrollments enrollment ON enrollment.user_id = person.id
         LEFT JOIN latest_policy_acknowledgments latest ON latest.user_id = person.id
         LEFT JOIN training_stages_reached reached ON reached.user_id = person.id
        WHERE person.status = 'active' ${conditions}`,
    params: sql.params,
  };
}

/** Shares of the period by day (the cheap key; days go into weeks after). */
export function sharesByDayStatement(scope: AnalyticsScope): Statement {
  const sql = new ScopeSql(scope);
  const { joins, where } = sql.filters('share');
  return {
    text: `SELECT to_char(share.day, 'YYYY-MM-DD') AS "day", ${SHARE_COUNTS}
           FROM shares share ${joins}
          WHERE ${sql.sharedInPeriod('share')} ${where}
          GROUP BY share.day`,
    params: sql.params,
  };
}

/** Clicks of the period by day, from the daily rollups throughout. */
export function clicksByDayStatement(scope: AnalyticsScope): Statement {
  const sql = new ScopeSql(scope);
  const rollups = sql.clicks({ byDay: true });
  const { joins, where } = sql.filters('rollup');
  return {
    text: `SELECT to_char(rollup.bucket, 'YYYY-MM-DD') AS "day", ${CLICK_COUNTS}
           FROM ${rollups} ${joins}
          WHERE true ${where}
          GROUP BY rollup.bucket`,
    params: sql.params,
  };
}

/**
 * Enrolled, active people with a share or a click in the period (with the filters), ranked
 * by `ranking`, at most `limit` of them (all with null), each row with how many there are.
 */
export function advocatesStatement(
  scope: AnalyticsScope,
  ranking: AdvocateRanking,
  limit: number | null,
): Statement {
  const sql = new ScopeSql(scope);
  const facts = factsOf(sql, true);
  const { joins, where } = sql.filters('fact', { people: false });
  const [first, second] = ranking === 'clicks' ? ['clicks', 'shares'] : ['shares', 'clicks'];
  return {
    text: `WITH per_person AS (
         SELECT fact.user_id, sum(fact.shares)::int AS shares, sum(fact.verified)::int AS verified,
                sum(fact.clicks)::int AS clicks, sum(fact.unique_visitors)::int AS unique_visitors
           FROM ${facts} ${joins}
          WHERE true ${where}
          GROUP BY fact.user_id
         HAVING sum(fact.shares) > 0 OR sum(fact.clicks) > 0
       ), figures AS (
         SELECT person.id, person.name, department.name AS department, per_person.shares,
                per_person.verified, per_person.clicks, per_person.unique_visitors
           FROM per_person
           JOIN users person ON person.id = per_person.user_id
           JOIN enrollments enrollment ON enrollment.user_id = person.id
           LEFT JOIN org_groups department ON department.id = person.department_id
          WHERE person.status = 'active' ${sql.personFilters()}
       )
       SELECT rank() OVER (ORDER BY ${first} DESC)::int AS "rank", name, department,
              shares, verified AS "verifiedShares", clicks, unique_visitors AS "uniqueVisitors",
              count(*) OVER ()::int AS "total"
         FROM figures
        ORDER BY ${first} DESC, ${second} DESC, name, id
        ${limit === null ? '' : `LIMIT ${sql.param(limit)}`}`,
    params: sql.params,
  };
}

/**
 * Where the names of a dimension's keys come from (a table joined as `named`) and which of its
 * columns they are; network and kind names are the keys themselves.
 */
const LABELS: Partial<Record<AnalyticsDimension, { join: string; label: string }>> = {
  department: { join: 'org_groups', label: 'named.name' },
  location: { join: 'org_groups', label: 'named.name' },
  campaign: { join: 'campaigns', label: 'named.name' },
  item: { join: 'content_items', label: 'coalesce(named.title, named.url)' },
};

/**
 * The period's figures grouped by a dimension (the breakdown and its export). Shares and click
 * rollups go into one aggregate as a union of facts (see `factsOf`), grouped by stored columns;
 * department and location are grouped per person first (a few thousand rows), so that people
 * are joined once each and each person who shared counts once. Keys are text with '' for none
 * inside the statement, so that every join can be hashed. One row per key, or per key and
 * network, the most of `sort` first; at most `limit` keys (all with null).
 */
export function groupingStatement(
  scope: AnalyticsScope,
  dimension: AnalyticsDimension,
  options: GroupingOptions & { limit: number | null },
): Statement {
  const sql = new ScopeSql(scope);
  const byPerson = isPeopleDimension(dimension);
  const facts = factsOf(sql, byPerson);
  let combined: string;
  if (byPerson) {
    const { joins, where } = sql.filters('fact', { people: false });
    combined = `
      SELECT coalesce(person.${dimension}_id::text, '') AS key, NULL::text AS network,
             sum(shares) AS shares, sum(verified) AS verified, sum(reach) AS reach,
             sum(clicks) AS clicks, sum(unique_visitors) AS unique_visitors,
             count(*) FILTER (WHERE shares > 0 AND person.status = 'active'
                                AND enrollment.user_id IS NOT NULL) AS sharing_enrolled
        FROM (SELECT fact.user_id, sum(fact.shares) AS shares, sum(fact.verified) AS verified,
                     sum(fact.reach) AS reach, sum(fact.clicks) AS clicks,
                     sum(fact.unique_visitors) AS unique_visitors
                FROM ${facts} ${joins}
               WHERE true ${where}
               GROUP BY fact.user_id) per_person
        LEFT JOIN users person ON person.id = per_person.user_id
        LEFT JOIN enrollments enrollment ON enrollment.user_id = per_person.user_id
       WHERE true ${sql.personFilters()}
       GROUP BY person.${dimension}_id`;
  } else {
    const { key, item } = dimensionKey(dimension, 'fact');
    const { joins, where } = sql.filters('fact', { item });
    const network = options.byNetwork ? 'fact.network' : 'NULL::share_network';
    combined = `
      SELECT coalesce((${key})::text, '') AS key, ${network}::text AS network,
             sum(fact.shares) AS shares, sum(fact.verified) AS verified,
             sum(fact.reach) AS reach, sum(fact.clicks) AS clicks,
             sum(fact.unique_visitors) AS unique_visitors, NULL::bigint AS sharing_enrolled
        FROM ${facts} ${joins}
       WHERE true ${where}
       GROUP BY ${key}${options.byNetwork ? ', fact.network' : ''}`;
  }
  const order = SORT_COLUMNS[options.sort];
  const labels = LABELS[dimension];
  const text = `
    WITH combined AS (${combined}),
    totals AS (
      SELECT key, sum(shares) AS shares, sum(verified) AS verified, sum(reach) AS reach,
             sum(clicks) AS clicks, sum(unique_visitors) AS unique_visitors,
             sum(sharing_enrolled) AS sharing_enrolled,
             sum(clicks)::float8 / nullif(sum(shares), 0) AS clicks_per_share,
             count(*) OVER () AS total
        FROM combined GROUP BY key
       ORDER BY ${order} DESC NULLS LAST, clicks DESC, shares DESC, key
       ${options.limit === null ? '' : `LIMIT ${sql.param(options.limit)}`}
    )
    SELECT nullif(totals.key, '') AS "key",
           ${labels?.label ?? "nullif(totals.key, '')"} AS "label",
           ${dimension === 'item' ? 'named.url' : 'NULL'} AS "url",
           totals.shares::int AS "shares", totals.verified::int AS "verifiedShares",
           totals.reach::float8 AS "declaredReach", totals.clicks::int AS "clicks",
           totals.unique_visitors::int AS "uniqueVisitors",
           totals.sharing_enrolled::int AS "sharingEnrolled", totals.total::int AS "total",
           by_network.network AS "network", by_network.shares::int AS "networkShares",
           by_network.verified::int AS "networkVerifiedShares",
           by_network.reach::float8 AS "networkDeclaredReach",
           by_network.clicks::int AS "networkClicks",
           by_network.unique_visitors::int AS "networkUniqueVisitors"
      FROM totals
      ${labels ? `LEFT JOIN ${labels.join} named ON named.id::text = totals.key` : ''}
      LEFT JOIN combined by_network
        ON ${options.byNetwork ? 'by_network.key = totals.key' : 'false'}
     ORDER BY totals.${order} DESC NULLS LAST, totals.clicks DESC, totals.shares DESC,
              totals.key, by_network.clicks DESC, by_network.shares DESC, by_network.network`;
  return { text, params: sql.params };
}

/** The people who shared in the period, with the share filters (for participation). */
function sharersOf(sql: ScopeSql): string {
  const { joins, where } = sql.filters('share');
  return `SELECT DISTINCT share.user_id FROM shares share ${joins}
             WHERE ${sql.sharedInPeriod('share')} ${where}`;
}

/**
 * Shares and click rollups of the period as one table of facts (user_id, item_id, network,
 * shares, verified, reach, clicks, unique_visitors): a share counts 1, a rollup row its
 * clicks. Aggregates read both in one scan, with no join between them. With `people`, the
 * rollups are per share, so that they carry the person.
 */
function factsOf(sql: ScopeSql, people: boolean): string {
  return `(SELECT share.user_id, share.item_id, share.network, 1 AS shares,
                  (share.verified_at IS NOT NULL)::int AS verified,
                  coalesce(share.declared_audience, 0) AS reach, 0 AS clicks, 0 AS unique_visitors
             FROM shares share WHERE ${sql.sharedInPeriod('share')}
           UNION ALL
           SELECT rollup.user_id, rollup.item_id, rollup.network, 0, 0, 0, rollup.clicks,
                  rollup.unique_visitors
             FROM ${sql.clicks({ people })}) fact`;
}
