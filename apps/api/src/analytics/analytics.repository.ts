import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  AdvocateRanking,
  AnalyticsDimension,
  AnalyticsInterval,
  ShareNetwork,
} from '@chorus/core';
import { LATEST_ACKNOWLEDGED, REQUIRED_POLICY_VERSION } from '../policy/policy.repository';
import { STAGE_REACHED } from '../training/training.repository';
import { dimensionKey, ScopeSql, type AnalyticsScope, type Named } from './analytics-scope';

/** What shares made in a period add up to. */
export interface ShareFigures {
  shares: number;
  verifiedShares: number;
  declaredReach: number;
  /** Enrolled, active people who shared at least once. */
  sharingEnrolled: number;
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
  /** The version everyone must have acknowledged; 0 while none is published. */
  requiredPolicyVersion: number;
  /** Enrolled people who acknowledged that version. */
  acknowledged: number;
  /** Enrolled people by the training stage they reached, 0 (none) to 3. */
  byStage: [number, number, number, number];
}

export type GroupedFigures = ShareFigures &
  ClickFigures & { key: string | null; network?: ShareNetwork };

export interface AdvocateFigures {
  rank: number;
  name: string;
  department: string | null;
  shares: number;
  verifiedShares: number;
  clicks: number;
  uniqueVisitors: number;
}

/**
 * The analytics queries. Shares are read from `shares`; everything their links got from the
 * per share per day rollups (`share_click_days`), never from raw click events.
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
      `SELECT count(*)::int AS "shares", count(share.verified_at)::int AS "verifiedShares",
              coalesce(sum(share.declared_audience), 0)::bigint::float8 AS "declaredReach",
              count(DISTINCT share.user_id)
                FILTER (WHERE enrollment.user_id IS NOT NULL AND person.status = 'active')::int
                AS "sharingEnrolled"
         FROM shares share
         ${joins}
         LEFT JOIN enrollments enrollment ON enrollment.user_id = share.user_id
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
    const { joins, where } = sql.filters('rollup');
    return this.dataSource.query(
      `SELECT rollup.network::text AS "network", sum(rollup.clicks)::int AS "clicks",
              sum(rollup.unique_visitors)::int AS "uniqueVisitors"
         FROM share_click_days rollup
         ${joins}
        WHERE ${sql.daysInPeriod('rollup')} ${where}
        GROUP BY rollup.network`,
      sql.params,
    );
  }

  async peopleFigures(scope: AnalyticsScope): Promise<PeopleFigures> {
    const sql = new ScopeSql(scope);
    const conditions = [
      scope.department ? `AND person.department_id = ${sql.param(scope.department.id)}::uuid` : '',
      scope.location ? `AND person.location_id = ${sql.param(scope.location.id)}::uuid` : '',
    ].join(' ');
    const [row] = await this.dataSource.query<
      (Omit<PeopleFigures, 'byStage'> & Record<`stage${0 | 1 | 2 | 3}`, number>)[]
    >(
      `SELECT count(*)::int AS "active", count(enrollment.user_id)::int AS "enrolled",
              (SELECT version FROM ${REQUIRED_POLICY_VERSION} required)::int AS "requiredPolicyVersion",
              count(enrollment.user_id)
                FILTER (WHERE latest.version >= (SELECT version FROM ${REQUIRED_POLICY_VERSION} required)
                          AND latest.version > 0)::int AS "acknowledged",
              count(enrollment.user_id) FILTER (WHERE coalesce(reached.stage, 0) = 0)::int AS "stage0",
              count(enrollment.user_id) FILTER (WHERE reached.stage = 1)::int AS "stage1",
              count(enrollment.user_id) FILTER (WHERE reached.stage = 2)::int AS "stage2",
              count(enrollment.user_id) FILTER (WHERE reached.stage = 3)::int AS "stage3"
         FROM users person
         LEFT JOIN enrollments enrollment ON enrollment.user_id = person.id
         LEFT JOIN ${LATEST_ACKNOWLEDGED} latest ON latest.user_id = person.id
         LEFT JOIN ${STAGE_REACHED} reached ON reached.user_id = person.id
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
    const clickedFilters = clicked.filters('rollup');
    const [shares, clicks] = await Promise.all([
      this.dataSource.query<(ShareFigures & { start: string })[]>(
        `SELECT to_char(date_trunc('${interval}', ${shared.shareDay('share')}), 'YYYY-MM-DD') AS "start",
                count(*)::int AS "shares", count(share.verified_at)::int AS "verifiedShares"
           FROM shares share
           ${sharedFilters.joins}
          WHERE ${shared.sharedInPeriod('share')} ${sharedFilters.where}
          GROUP BY 1`,
        shared.params,
      ),
      this.dataSource.query<(ClickFigures & { start: string })[]>(
        `SELECT to_char(date_trunc('${interval}', rollup.day), 'YYYY-MM-DD') AS "start",
                sum(rollup.clicks)::int AS "clicks", sum(rollup.unique_visitors)::int AS "uniqueVisitors"
           FROM share_click_days rollup
           ${clickedFilters.joins}
          WHERE ${clicked.daysInPeriod('rollup')} ${clickedFilters.where}
          GROUP BY 1`,
        clicked.params,
      ),
    ]);
    return mergeBy(shares, clicks, (row) => row.start).map(([start, share, click]) => ({
      start,
      shares: share?.shares ?? 0,
      verifiedShares: share?.verifiedShares ?? 0,
      declaredReach: 0,
      sharingEnrolled: 0,
      clicks: click?.clicks ?? 0,
      uniqueVisitors: click?.uniqueVisitors ?? 0,
    }));
  }

  /**
   * The period's figures grouped by a dimension (and by network too, when `byNetwork`); keys
   * are ids, network or kind names, or null (no department, no campaign, a deleted account).
   */
  async grouped(
    scope: AnalyticsScope,
    dimension: AnalyticsDimension,
    byNetwork = false,
  ): Promise<GroupedFigures[]> {
    const shared = new ScopeSql(scope);
    const sharedKey = dimensionKey(dimension, 'share');
    const sharedFilters = shared.filters('share', { item: sharedKey.item });
    const clicked = new ScopeSql(scope);
    const clickedKey = dimensionKey(dimension, 'rollup');
    const clickedFilters = clicked.filters('rollup', { item: clickedKey.item });
    const [shares, clicks] = await Promise.all([
      this.dataSource.query<(ShareFigures & { key: string | null; network?: ShareNetwork })[]>(
        `SELECT ${sharedKey.key} AS "key", ${byNetwork ? 'share.network::text' : 'NULL'} AS "network",
                count(*)::int AS "shares", count(share.verified_at)::int AS "verifiedShares",
                coalesce(sum(share.declared_audience), 0)::bigint::float8 AS "declaredReach",
                count(DISTINCT share.user_id)
                  FILTER (WHERE enrollment.user_id IS NOT NULL AND person.status = 'active')::int
                  AS "sharingEnrolled"
           FROM shares share
           ${sharedFilters.joins}
           LEFT JOIN enrollments enrollment ON enrollment.user_id = share.user_id
          WHERE ${shared.sharedInPeriod('share')} ${sharedFilters.where}
          GROUP BY 1, 2`,
        shared.params,
      ),
      this.dataSource.query<(ClickFigures & { key: string | null; network?: ShareNetwork })[]>(
        `SELECT ${clickedKey.key} AS "key", ${byNetwork ? 'rollup.network::text' : 'NULL'} AS "network",
                sum(rollup.clicks)::int AS "clicks", sum(rollup.unique_visitors)::int AS "uniqueVisitors"
           FROM share_click_days rollup
           ${clickedFilters.joins}
          WHERE ${clicked.daysInPeriod('rollup')} ${clickedFilters.where}
          GROUP BY 1, 2`,
        clicked.params,
      ),
    ]);
    return mergeBy(shares, clicks, (row) => `${row.key}\u0000${row.network}`).map(
      ([, share, click]) => ({
        key: (share ?? click)!.key,
        ...(byNetwork ? { network: (share ?? click)!.network } : {}),
        shares: share?.shares ?? 0,
        verifiedShares: share?.verifiedShares ?? 0,
        declaredReach: share?.declaredReach ?? 0,
        sharingEnrolled: share?.sharingEnrolled ?? 0,
        clicks: click?.clicks ?? 0,
        uniqueVisitors: click?.uniqueVisitors ?? 0,
      }),
    );
  }

  /** What the keys of a breakdown are called: names of groups and campaigns, titles of items. */
  async labels(dimension: AnalyticsDimension, keys: string[]): Promise<Map<string, string>> {
    const table = { department: 'org_groups', location: 'org_groups', campaign: 'campaigns' }[
      dimension as 'department' | 'location' | 'campaign'
    ];
    if (keys.length === 0) return new Map();
    if (dimension === 'item') {
      const rows = await this.dataSource.query<{ id: string; label: string }[]>(
        `SELECT id::text, coalesce(title, url) AS label FROM content_items WHERE id = ANY($1::uuid[])`,
        [keys],
      );
      return new Map(rows.map((row) => [row.id, row.label]));
    }
    if (!table) return new Map(keys.map((key) => [key, key]));
    const rows = await this.dataSource.query<{ id: string; label: string }[]>(
      `SELECT id::text, name AS label FROM ${table} WHERE id = ANY($1::uuid[])`,
      [keys],
    );
    return new Map(rows.map((row) => [row.id, row.label]));
  }

  /**
   * Enrolled, active people with a share or a click in the period, ranked by clicks or shares
   * (equal figures, equal rank); at most `limit` of them, and how many there are in all.
   */
  async advocates(
    scope: AnalyticsScope,
    ranking: AdvocateRanking,
    limit: number | null,
  ): Promise<{ rows: AdvocateFigures[]; total: number }> {
    const sql = new ScopeSql(scope);
    const sharedFilters = sql.filters('share');
    const sharedInPeriod = sql.sharedInPeriod('share');
    const clickedFilters = sql.filters('rollup');
    const daysInPeriod = sql.daysInPeriod('rollup');
    const [first, second] = ranking === 'clicks' ? ['clicks', 'shares'] : ['shares', 'clicks'];
    const rows = await this.dataSource.query<(AdvocateFigures & { total: number })[]>(
      `WITH shared AS (
         SELECT share.user_id, count(*)::int AS shares, count(share.verified_at)::int AS verified
           FROM shares share
           ${sharedFilters.joins}
          WHERE ${sharedInPeriod} ${sharedFilters.where}
          GROUP BY share.user_id
       ), clicked AS (
         SELECT rollup.user_id, sum(rollup.clicks)::int AS clicks,
                sum(rollup.unique_visitors)::int AS unique_visitors
           FROM share_click_days rollup
           ${clickedFilters.joins}
          WHERE ${daysInPeriod} ${clickedFilters.where}
          GROUP BY rollup.user_id
       ), figures AS (
         SELECT advocate.id, advocate.name, department.name AS department,
                coalesce(shared.shares, 0) AS shares, coalesce(shared.verified, 0) AS verified,
                coalesce(clicked.clicks, 0) AS clicks,
                coalesce(clicked.unique_visitors, 0) AS unique_visitors
           FROM users advocate
           JOIN enrollments enrollment ON enrollment.user_id = advocate.id
           LEFT JOIN shared ON shared.user_id = advocate.id
           LEFT JOIN clicked ON clicked.user_id = advocate.id
           LEFT JOIN org_groups department ON department.id = advocate.department_id
          WHERE advocate.status = 'active'
            AND (shared.user_id IS NOT NULL OR clicked.user_id IS NOT NULL)
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
}

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
