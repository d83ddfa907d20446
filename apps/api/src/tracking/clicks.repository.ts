import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ClickRecord } from './click-record';

/**
 * Click events and what they add up to: the monthly partitions of click_events, the events with
 * their rollups per share and per item, the recent visitor hashes that keep unique counts
 * incremental, and the shares a visit verified.
 */
@Injectable()
export class ClicksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Creates the partition of click_events for the month starting on `month`, unless it exists. */
  async createPartition(
    month: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query('SELECT chorus_click_partition($1::date)', [month]);
  }

  /**
   * Writes a batch of events and adds the ones not written before to the rollups, in one
   * statement (WRITE_BATCH): both are written or neither. Returns how many were new.
   */
  async writeBatch(
    batch: ClickRecord[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const rows = await manager.query<{ written: number }[]>(WRITE_BATCH, [
      batch.map((click) => click.id),
      batch.map((click) => click.shareId),
      batch.map((click) => click.day),
      batch.map((click) => new Date(click.at).toISOString()),
      batch.map((click) => click.kind),
      batch.map((click) => click.crawler),
      batch.map((click) => click.visitor),
    ]);
    return rows[0]?.written ?? 0;
  }

  /** Marks each share verified at its time, unless it already was. */
  async markVerified(
    verified: Map<string, number>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE shares SET verified_at = verifying.at
         FROM unnest($1::uuid[], $2::timestamptz[]) AS verifying(id, at)
        WHERE shares.id = verifying.id AND shares.verified_at IS NULL`,
      [[...verified.keys()], [...verified.values()].map((at) => new Date(at).toISOString())],
    );
  }

  /** The names of the partitions of click_events, in order. */
  partitionNames(): Promise<{ name: string }[]> {
    return this.dataSource.query<{ name: string }[]>(
      `SELECT child.relname AS name FROM pg_inherits
         JOIN pg_class child ON child.oid = pg_inherits.inhrelid
        WHERE pg_inherits.inhparent = 'click_events'::regclass ORDER BY child.relname`,
    );
  }

  /** Drops one partition of click_events, with its events; `name` comes from partitionNames. */
  async dropPartition(name: string): Promise<void> {
    await this.dataSource.query(`DROP TABLE "${name}"`);
  }

  /** Forgets the visitor hashes of days before `day`; returns how many. */
  async forgetVisitorsBefore(day: string): Promise<number> {
    const [{ removed }] = await this.dataSource.query<{ removed: number }[]>(
      `WITH gone AS (DELETE FROM recent_visitors WHERE day < $1 RETURNING 1)
       SELECT count(*)::int AS removed FROM gone`,
      [day],
    );
    return removed;
  }
}

/** The counts of every rollup; the share rollups also count the sharers' own visits apart. */
const COUNTS = ['clicks', 'unique_visitors', 'previews', 'bots', 'heads'];
const SHARE_COUNTS = [...COUNTS, 'self_clicks'];
const sumOf = (counts: string[]) => counts.map((count) => `sum(${count})::int`).join(', ');
const addTo = (counts: string[]) =>
  counts.map((count) => `${count} = rollup.${count} + excluded.${count}`).join(', ');

/**
 * A batch of events in, its rollups up: the events whose id is not stored yet are inserted (an
 * event written before, by a retry or a journal replay, is skipped); of those, the visitor hashes
 * not yet seen for their share and day are remembered, and only those add to the unique count; the
 * counts per share and day (the sharers' own visits, `self`, apart from clicks) are added to the rollups per share per day and per month, and per
 * item and network per day and per month (unique visitors are counted per day, so they add
 * up), each in key order so that concurrent writers lock rows in the same order.
 */
const WRITE_BATCH = `
  WITH batch AS (
    SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::timestamptz[],
                         $5::visit_kind[], $6::varchar[], $7::varchar[])
      AS event(event_id, share_id, day, occurred_at, kind, crawler, visitor)
  ), written AS (
    INSERT INTO click_events (event_id, share_id, day, occurred_at, kind, crawler, visitor)
    SELECT event_id, share_id, day, occurred_at, kind, crawler, visitor FROM batch
    ON CONFLICT (event_id, day) DO NOTHING
    RETURNING share_id, day, kind, visitor
  ), first_visits AS (
    INSERT INTO recent_visitors (share_id, day, visitor)
    SELECT DISTINCT share_id, day, visitor FROM written WHERE kind = 'click' AND visitor IS NOT NULL
    ON CONFLICT DO NOTHING
    RETURNING share_id, day
  ), visitors AS (
    SELECT share_id, day, count(*)::int AS unique_visitors FROM first_visits GROUP BY share_id, day
  ), counted AS (
    SELECT written.share_id, written.day, date_trunc('month', written.day)::date AS month,
           share.user_id, share.item_id, share.network,
           (count(*) FILTER (WHERE written.kind = 'click'))::int AS clicks,
           coalesce(max(visitors.unique_visitors), 0)::int AS unique_visitors,
           (count(*) FILTER (WHERE written.kind = 'preview'))::int AS previews,
           (count(*) FILTER (WHERE written.kind = 'bot'))::int AS bots,
           (count(*) FILTER (WHERE written.kind = 'head'))::int AS heads,
           (count(*) FILTER (WHERE written.kind = 'self'))::int AS self_clicks
      FROM written
      JOIN shares share ON share.id = written.share_id
      LEFT JOIN visitors ON visitors.share_id = written.share_id AND visitors.day = written.day
     GROUP BY written.share_id, written.day, share.user_id, share.item_id, share.network
  ), share_days AS (
    INSERT INTO share_click_days AS rollup (share_id, day, user_id, item_id, network,
                                            ${SHARE_COUNTS.join(', ')})
    SELECT share_id, day, user_id, item_id, network, ${SHARE_COUNTS.join(', ')}
      FROM counted ORDER BY share_id, day
    ON CONFLICT (share_id, day) DO UPDATE SET ${addTo(SHARE_COUNTS)}
  ), share_months AS (
    INSERT INTO share_click_months AS rollup (share_id, month, user_id, item_id, network,
                                              ${SHARE_COUNTS.join(', ')})
    SELECT share_id, month, user_id, item_id, network, ${sumOf(SHARE_COUNTS)}
      FROM counted GROUP BY share_id, month, user_id, item_id, network ORDER BY share_id, month
    ON CONFLICT (share_id, month) DO UPDATE SET ${addTo(SHARE_COUNTS)}
  ), item_days AS (
    INSERT INTO item_click_days AS rollup (item_id, network, day,
                                           clicks, unique_visitors, previews, bots, heads)
    SELECT item_id, network, day, ${sumOf(COUNTS)}
      FROM counted GROUP BY item_id, network, day ORDER BY item_id, network, day
    ON CONFLICT (item_id, network, day) DO UPDATE SET ${addTo(COUNTS)}
  ), item_months AS (
    INSERT INTO item_click_months AS rollup (item_id, network, month,
                                             clicks, unique_visitors, previews, bots, heads)
    SELECT item_id, network, month, ${sumOf(COUNTS)}
      FROM counted GROUP BY item_id, network, month ORDER BY item_id, network, month
    ON CONFLICT (item_id, network, month) DO UPDATE SET ${addTo(COUNTS)}
  )
  SELECT count(*)::int AS written FROM written`;
