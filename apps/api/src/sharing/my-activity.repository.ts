import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SeriesInterval, ShareNetwork } from '@chorus/core';

/** A span of the organisation's calendar days, both included. */
export interface DaySpan {
  from: string;
  to: string;
}

/** What one person's shares made on a network in a period, and what their links got in it. */
export interface NetworkActivity {
  network: ShareNetwork;
  shares: number;
  verified: number;
  clicks: number;
  uniqueVisitors: number;
  /** The audiences the person declared on the shares, added up. */
  declaredReach: number;
}

/**
 * One person's activity over time, counted by the definitions in DESIGN.md "Counting honestly":
 * shares by the day they were made, clicks by the day they came, from the per-share rollups.
 */
@Injectable()
export class MyActivityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The day of the person's first share, or null before they have shared. */
  async firstShareDay(userId: string): Promise<string | null> {
    const [row] = await this.dataSource.query<{ day: string | null }[]>(
      `SELECT to_char(min(share.day), 'YYYY-MM-DD') AS day FROM shares share WHERE share.user_id = $1`,
      [userId],
    );
    return row?.day ?? null;
  }

  /** Shares made per bucket (named by its first day) of the span; empty buckets left out. */
  sharesByBucket(
    userId: string,
    { from, to }: DaySpan,
    interval: SeriesInterval,
  ): Promise<{ start: string; shares: number }[]> {
    return this.dataSource.query(
      `SELECT to_char(date_trunc($4::text, share.day::timestamp), 'YYYY-MM-DD') AS start,
              count(*)::int AS shares
         FROM shares share
        WHERE share.user_id = $1 AND share.day BETWEEN $2::date AND $3::date
        GROUP BY 1`,
      [userId, from, to, interval],
    );
  }

  /** Clicks on the person's links per bucket of the span; empty buckets left out. */
  clicksByBucket(
    userId: string,
    { from, to }: DaySpan,
    interval: SeriesInterval,
  ): Promise<{ start: string; clicks: number }[]> {
    return this.dataSource.query(
      `SELECT to_char(date_trunc($4::text, rollup.day::timestamp), 'YYYY-MM-DD') AS start,
              sum(rollup.clicks)::int AS clicks
         FROM share_click_days rollup
        WHERE rollup.user_id = $1 AND rollup.day BETWEEN $2::date AND $3::date
        GROUP BY 1`,
      [userId, from, to, interval],
    );
  }

  /** The span's figures per network the person shared on or got clicks from in it. */
  byNetwork(userId: string, { from, to }: DaySpan): Promise<NetworkActivity[]> {
    return this.dataSource.query(
      `WITH made AS (
         SELECT share.network, count(*)::int AS shares, count(share.verified_at)::int AS verified,
                coalesce(sum(share.declared_audience), 0)::bigint::float8 AS declared_reach
           FROM shares share
          WHERE share.user_id = $1 AND share.day BETWEEN $2::date AND $3::date
          GROUP BY share.network
       ), clicked AS (
         SELECT rollup.network, sum(rollup.clicks)::int AS clicks,
                sum(rollup.unique_visitors)::int AS unique_visitors
           FROM share_click_days rollup
          WHERE rollup.user_id = $1 AND rollup.day BETWEEN $2::date AND $3::date
          GROUP BY rollup.network
       )
       SELECT network, coalesce(made.shares, 0) AS shares, coalesce(made.verified, 0) AS verified,
              coalesce(clicked.clicks, 0) AS clicks,
              coalesce(clicked.unique_visitors, 0) AS "uniqueVisitors",
              coalesce(made.declared_reach, 0) AS "declaredReach"
         FROM made FULL JOIN clicked USING (network)`,
      [userId, from, to],
    );
  }
}
