import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  isPeopleDimension,
  weekStart,
  type AdvocateRanking,
  type AnalyticsDimension,
  type AnalyticsInterval,
  type BreakdownSort,
  type ShareNetwork,
} from '@chorus/core';
import { dimensionKey, ScopeSql, type AnalyticsScope, type Named } from './analytics-scope';

/** What shares made in a period add up to. */
export interface ShareFigures {
  shares: number;
  verifiedShares: number;
  declaredReach: number;
}

/** What tracked links got in a period. */
export interface ClickFigures {
  clicks: number;
  uniqueVisitors: number;
}

/** The people a period's figures are about (active employees, with the people filters). */
export interface PeopleFigures {
  active: number;
  enrolled: number;
  /** Enrolled, active people with at least one share in the period (and the share filters). */
  sharingEnrolled: number;
  /** The version everyone must have acknowledged; 0 while none is published. */
  requiredPolicyVersion: number;
  /** Enrolled people who acknowledged that version. */
  acknowledged: number;
  /** Enrolled people by the training stage they reached, 0 (none) to 3. */
  byStage: [number, number, number, number];
}

/** One network's figures within a group. */
export type NetworkFigures = ShareFigures & ClickFigures & { network: ShareNetwork };

export type GroupedFigures = ShareFigures &
  ClickFigures & {
    key: string | null;
    /** The name or title of the key (the key itself for networks and kinds). */
    label: string | null;
    /** For content items: the address. */
    url: string | null;
    /** By department or location: enrolled, active people who shared; otherwise null. */
    sharingEnrolled: number | null;
    /** With `byNetwork`: the same figures by network, most clicks first. */
    networks?: NetworkFigures[];
  };

/** A row of the grouping statement: a key's totals, and one of its networks' figures. */
interface GroupedRow extends ShareFigures, ClickFigures {
  key: string | null;
  label: string | null;
  url: string | null;
  total: number;
  sharingEnrolled: number | null;
  network: ShareNetwork | null;
  networkShares: number;
  networkVerifiedShares: number;
  networkDeclaredReach: number;
  networkClicks: number;
  networkUniqueVisitors: number;
}

/** The column each breakdown order sorts by. */
const SORT_COLUMNS: Record<BreakdownSort, string> = {
  clicks: 'clicks',
  shares: 'shares',
  verifiedShares: 'verified',
  uniqueVisitors: 'unique_visitors',
  clicksPerShare: 'clicks_per_share',
  declaredReach: 'reach',
};

export interface AdvocateFigures {
  rank: number;
  name: string;
  department: string | null;
  shares: number;
  verifiedShares: number;
  clicks: number;
  uniqueVisitors: number;
}

const SHARE_COUNTS = `count(*)::int AS "shares", count(share.verified_at)::int AS "verifiedShares",
  coalesce(sum(share.declared_audience), 0)::bigint::float8 AS "declaredReach"`;

const CLICK_COUNTS = `sum(rollup.clicks)::int AS "clicks",
  sum(rollup.unique_visitors)::int AS "uniqueVisitors"`;

/**
 * The analytics queries. Shares are read from `shares`; everything their links got from the
 * click rollups (see `ScopeSql.clicks`), never from raw click events. Rows are grouped by their
 * columns as stored (uuids, enums, dates), which is much cheaper than by text.
 */
@Injectable()
export class AnalyticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The named groups and campaigns the filters point at, or undefined when one is unknown. */
  async named(
    kind: 'department' | 'location' | 'campaign',
    id: string,
  ): Promise<Named | undefined> {
    const [row] = await this.dataSource.query<Named[]>(
      kind === 'campaign'
        ? 'SELECT id, name FROM campaigns WHERE id = $1'
        : 'SELECT id, name FROM org_groups WHERE id = $1 AND kind = $2::group_kind',
      kind === 'campaign' ? [id] : [id, kind],
    );
    return row;
  }

  async shareFigures(scope: AnalyticsScope): Promise<ShareFigures> {
    const sql = new ScopeSql(scope);
    const { joins, where } = sql.filters('share');
    const [row] = await this.dataSource.query<ShareFigures[]>(
      `SELECT ${SHARE_COUNTS} FROM shares share ${joins}
        WHERE ${sql.sharedInPeriod('share')} ${where}`,
      sql.params,
    );
    return row;
  }

  /** Clicks and unique visitors in the period, by network (for earned media value). */
  async clicksByNetwork(
    scope: AnalyticsScope,
  ): Promise<(ClickFigures & { network: ShareNetwork })[]> {
    const sql = new ScopeSql(scope);
    const rollups = sql.clicks();
    const { joins, where } = sql.filters('rollup');
    return this.dataSource.query(
      `SELECT rollup.network::text AS "network", ${CLICK_COUNTS}
         FROM ${rollups} ${joins}
        WHERE true ${where}
        GROUP BY rollup.network`,
      sql.params,
    );
  }

  async peopleFigures(scope: AnalyticsScope): Promise<PeopleFigures> {
    const sql = new ScopeSql(scope);
    const sharers = this.sharers(sql);
    const conditions = sql.personFilters();
    const [row] = await this.dataSource.query<
      (Omit<PeopleFigures, 'byStage'> & Record<`stage${0 | 1 | 2 | 3}`, number>)[]
    >(
      `WITH required AS (SELECT version FROM required_policy_version),
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
      sql.params,
    );
    const { stage0, stage1, stage2, stage3, ...figures } = row;
    return { ...figures, byStage: [stage0, stage1, stage2, stage3] };
  }

  /** Shares, verified shares, clicks and unique visitors per day or week (Monday) of the period. */
  async series(
    scope: AnalyticsScope,
    interval: AnalyticsInterval,
  ): Promise<(ShareFigures & ClickFigures & { start: string })[]> {
    const shared = new ScopeSql(scope);
    const sharedFilters = shared.filters('share');
    const clicked = new ScopeSql(scope);
    const rollups = clicked.clicks({ byDay: true });
    const clickedFilters = clicked.filters('rollup');
    // Grouped by day, the cheap key; days go into weeks below.
    const [shares, clicks] = await Promise.all([
      this.dataSource.query<(ShareFigures & { day: string })[]>(
        `SELECT to_char(share.day, 'YYYY-MM-DD') AS "day", ${SHARE_COUNTS}
           FROM shares share ${sharedFilters.joins}
          WHERE ${shared.sharedInPeriod('share')} ${sharedFilters.where}
          GROUP BY share.day`,
        shared.params,
      ),
      this.dataSource.query<(ClickFigures & { day: string })[]>(
        `SELECT to_char(rollup.bucket, 'YYYY-MM-DD') AS "day", ${CLICK_COUNTS}
           FROM ${rollups} ${clickedFilters.joins}
          WHERE true ${clickedFilters.where}
          GROUP BY rollup.bucket`,
        clicked.params,
      ),
    ]);
    const bucket = interval === 'week' ? weekStart : (day: string) => day;
    const points = new Map<string, ShareFigures & ClickFigures & { start: string }>();
    for (const [day, share, click] of mergeBy(shares, clicks, (row) => row.day)) {
      const start = bucket(day);
      const point = points.get(start) ?? { start, ...ZERO };
      point.shares += share?.shares ?? 0;
      point.verifiedShares += share?.verifiedShares ?? 0;
      point.declaredReach += share?.declaredReach ?? 0;
      point.clicks += click?.clicks ?? 0;
      point.uniqueVisitors += click?.uniqueVisitors ?? 0;
      points.set(start, point);
    }
    return [...points.values()];
  }

  /**
   * The period's figures grouped by a dimension: one row per key (an id, a network or kind
   * name, or null for no department, no campaign, a deleted account) with its name or title,
   * the most of `sort` first (then most clicks, most shares, key), at most `limit` of them, and
   * how many keys there are. By department or location also the enrolled people who shared;
   * with `byNetwork` (content items) each key's figures by network too.
   */
  async grouped(
    scope: AnalyticsScope,
    dimension: AnalyticsDimension,
    options: GroupingOptions & { limit: number },
  ): Promise<{ rows: GroupedFigures[]; total: number }> {
    const { text, params } = groupingStatement(scope, dimension, options);
    const flat = await this.dataSource.query<GroupedRow[]>(text, params);
    const grouper = new Grouper(dimension, options.byNetwork);
    const rows = flat.flatMap((row) => grouper.add(row) ?? []);
    const last = grouper.finish();
    return { rows: last ? [...rows, last] : rows, total: flat[0]?.total ?? 0 };
  }

  /**
   * Every group, as `grouped` without a limit, read through a cursor 1,000 rows at a
   * time: an export of every content item and network never sits in memory whole.
   */
  async *everyGroup(
    scope: AnalyticsScope,
    dimension: AnalyticsDimension,
    options: GroupingOptions,
  ): AsyncGenerator<GroupedFigures> {
    const { text, params } = groupingStatement(scope, dimension, { ...options, limit: null });
    const grouper = new Grouper(dimension, options.byNetwork);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      // Every row is read: plan for the whole result, not for the first rows as for cursors.
      await runner.query('SET LOCAL cursor_tuple_fraction = 1.0');
      await runner.query(`DECLARE analytics_export NO SCROLL CURSOR FOR ${text}`, params);
      for (;;) {
        const batch = (await runner.query(
          `FETCH ${EXPORT_BATCH} FROM analytics_export`,
        )) as GroupedRow[];
        for (const row of batch) {
          const done = grouper.add(row);
          if (done) yield done;
        }
        if (batch.length < EXPORT_BATCH) break;
      }
      const last = grouper.finish();
      if (last) yield last;
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }

  /**
   * Enrolled, active people with a share or a click in the period (with the filters), ranked
   * by clicks or shares (equal figures, equal rank); at most `limit` of them, and how many
   * there are in all.
   */
  async advocates(
    scope: AnalyticsScope,
    ranking: AdvocateRanking,
    limit: number | null,
  ): Promise<{ rows: AdvocateFigures[]; total: number }> {
    const sql = new ScopeSql(scope);
    const facts = factsOf(sql, true);
    const { joins, where } = sql.filters('fact', { people: false });
    const [first, second] = ranking === 'clicks' ? ['clicks', 'shares'] : ['shares', 'clicks'];
    const rows = await this.dataSource.query<(AdvocateFigures & { total: number })[]>(
      `WITH per_person AS (
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
      sql.params,
    );
    const total = rows[0]?.total ?? 0;
    return { rows: rows.map(({ total: _, ...row }) => row), total };
  }

  /** The people who shared in the period, with the share filters (for participation). */
  private sharers(sql: ScopeSql): string {
    const { joins, where } = sql.filters('share');
    return `SELECT DISTINCT share.user_id FROM shares share ${joins}
             WHERE ${sql.sharedInPeriod('share')} ${where}`;
  }
}

const ZERO = { shares: 0, verifiedShares: 0, declaredReach: 0, clicks: 0, uniqueVisitors: 0 };

/** Pairs the rows of two lists by key: [key, left row or undefined, right row or undefined]. */
function mergeBy<A, B>(
  left: A[],
  right: B[],
  keyOf: (row: A | B) => string,
): [string, A | undefined, B | undefined][] {
  const merged = new Map<string, [string, A | undefined, B | undefined]>();
  for (const row of left) merged.set(keyOf(row), [keyOf(row), row, undefined]);
  for (const row of right) {
    const key = keyOf(row);
    const found = merged.get(key);
    if (found) found[2] = row;
    else merged.set(key, [key, undefined, row]);
  }
  return [...merged.values()];
}

/** Rows a cursor export fetches at a time. */
const EXPORT_BATCH = 1000;

export interface GroupingOptions {
  byNetwork: boolean;
  sort: BreakdownSort;
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
 * The statement behind `grouped` and `everyGroup`. Shares and click rollups go into one
 * aggregate as a union of facts (see `factsOf`), grouped by stored columns; department and
 * location are grouped per person first (a few thousand rows), so that people are joined once
 * each and each person who shared counts once. Keys are text with '' for none inside the
 * statement, so that every join can be hashed. One row per key, or per key and network.
 */
function groupingStatement(
  scope: AnalyticsScope,
  dimension: AnalyticsDimension,
  options: GroupingOptions & { limit: number | null },
): { text: string; params: unknown[] } {
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

/**
 * Gathers the grouping statement's rows (one per key, or per key and network, a key's rows
 * together) into one group per key: `add` gives back the previous group once a new key
 * starts, `finish` the last one.
 */
class Grouper {
  private current?: GroupedFigures;

  constructor(
    private readonly dimension: AnalyticsDimension,
    private readonly byNetwork: boolean,
  ) {}

  add(row: GroupedRow): GroupedFigures | undefined {
    let done: GroupedFigures | undefined;
    if (!this.current || this.current.key !== row.key) {
      done = this.current;
      this.current = {
        key: row.key,
        label: row.label,
        url: row.url,
        shares: row.shares,
        verifiedShares: row.verifiedShares,
        declaredReach: row.declaredReach,
        clicks: row.clicks,
        uniqueVisitors: row.uniqueVisitors,
        sharingEnrolled: isPeopleDimension(this.dimension) ? row.sharingEnrolled : null,
        ...(this.byNetwork ? { networks: [] } : {}),
      };
    }
    if (row.network) {
      this.current.networks!.push({
        network: row.network,
        shares: row.networkShares,
        verifiedShares: row.networkVerifiedShares,
        declaredReach: row.networkDeclaredReach,
        clicks: row.networkClicks,
        uniqueVisitors: row.networkUniqueVisitors,
      });
    }
    return done;
  }

  finish(): GroupedFigures | undefined {
    const last = this.current;
    this.current = undefined;
    return last;
  }
}
