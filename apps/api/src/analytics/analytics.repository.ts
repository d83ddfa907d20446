import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  bucketStart,
  isPeopleDimension,
  type AdvocateRanking,
  type AnalyticsDimension,
  type AnalyticsInterval,
  type ShareNetwork,
  type SourceShares,
} from '@chorus/core';
import type { AnalyticsScope, Named } from './analytics-scope';
import {
  advocatesStatement,
  clicksByDayStatement,
  clicksByNetworkStatement,
  groupingStatement,
  namedStatement,
  peopleFiguresStatement,
  sharesByDayStatement,
  sharesBySourceStatement,
  shareFiguresStatement,
  type GroupingOptions,
  type Statement,
} from './analytics-statements';

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
 * The analytics queries: runs the statements `analytics-statements.ts` builds (their text is
 * kept in `queries/*.sql`) and shapes their rows. Shares are read from `shares`; everything
 * their links got from the click rollups (see `ScopeSql.clicks`), never from raw click events.
 * Rows are grouped by their columns as stored (uuids, enums, dates), much cheaper than by text.
 */
@Injectable()
export class AnalyticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The named groups and campaigns the filters point at, or undefined when one is unknown. */
  async named(
    kind: 'department' | 'location' | 'campaign',
    id: string,
  ): Promise<Named | undefined> {
    const [row] = await this.run<Named>(namedStatement(kind, id));
    return row;
  }

  async shareFigures(scope: AnalyticsScope): Promise<ShareFigures> {
    const [row] = await this.run<ShareFigures>(shareFiguresStatement(scope));
    return row;
  }

  /** Shares of the period by where they were started; sources without a share left out. */
  sharesBySource(scope: AnalyticsScope): Promise<SourceShares[]> {
    return this.run(sharesBySourceStatement(scope));
  }

  /** Clicks and unique visitors in the period, by network (for earned media value). */
  async clicksByNetwork(
    scope: AnalyticsScope,
  ): Promise<(ClickFigures & { network: ShareNetwork })[]> {
    return this.run(clicksByNetworkStatement(scope));
  }

  async peopleFigures(scope: AnalyticsScope): Promise<PeopleFigures> {
    const [row] = await this.run<
      Omit<PeopleFigures, 'byStage'> & Record<`stage${0 | 1 | 2 | 3}`, number>
    >(peopleFiguresStatement(scope));
    const { stage0, stage1, stage2, stage3, ...figures } = row;
    return { ...figures, byStage: [stage0, stage1, stage2, stage3] };
  }

  /** Shares, verified shares, clicks and unique visitors per day or week (Monday) of the period. */
  async series(
    scope: AnalyticsScope,
    interval: AnalyticsInterval,
  ): Promise<(ShareFigures & ClickFigures & { start: string })[]> {
    // Grouped by day, the cheap key; days go into weeks below.
    const [shares, clicks] = await Promise.all([
      this.run<ShareFigures & { day: string }>(sharesByDayStatement(scope)),
      this.run<ClickFigures & { day: string }>(clicksByDayStatement(scope)),
    ]);
    const points = new Map<string, ShareFigures & ClickFigures & { start: string }>();
    for (const [day, share, click] of mergeBy(shares, clicks, (row) => row.day)) {
      const start = bucketStart(day, interval);
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
    const flat = await this.run<GroupedRow>(groupingStatement(scope, dimension, options));
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
    const rows = await this.run<AdvocateFigures & { total: number }>(
      advocatesStatement(scope, ranking, limit),
    );
    const total = rows[0]?.total ?? 0;
    return { rows: rows.map(({ total: _, ...row }) => row), total };
  }

  private run<Row>({ text, params }: Statement): Promise<Row[]> {
    return this.dataSource.query<Row[]>(text, params);
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
