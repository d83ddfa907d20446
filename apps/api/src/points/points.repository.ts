import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Badge, PointRuleName, PointRules } from '@chorus/core';
import { peopleWithFacts } from './recount.repository';

export interface RuleTotal {
  rule: PointRuleName;
  points: number;
  count: number;
}

/**
 * The points tables: who is stale, the rule versions, a person's awards and badges. The recount
 * itself (recount.repository.ts) writes awards, months and badges.
 */
@Injectable()
export class PointsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Everyone with a fact points or badges read. */
  peopleWithFacts(): Promise<string[]> {
    return peopleWithFacts(this.dataSource.manager);
  }

  /**
   * Marks people stale (an earlier mark keeps its time). A mark already there is locked too
   * (the no-op update), so that a recount clearing it waits for this transaction to commit and
   * then sees the fact it changed (see recountBatch).
   */
  async markStale(userIds: readonly string[], manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO points_stale (user_id, since)
       SELECT DISTINCT person, now() FROM unnest($1::uuid[]) AS person
       ON CONFLICT (user_id) DO UPDATE SET since = points_stale.since`,
      [userIds],
    );
  }

  /** Marks the people who made these shares stale (their clicks or verification changed). */
  async markSharersStale(shareIds: readonly string[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO points_stale (user_id, since)
       SELECT DISTINCT user_id, now() FROM shares
        WHERE id = ANY($1::uuid[]) AND user_id IS NOT NULL
       ON CONFLICT (user_id) DO UPDATE SET since = points_stale.since`,
      [shareIds],
    );
  }

  /** Everyone with an award at or after `at`: those a rule change from `at` may concern. */
  async markAwardedSinceStale(at: Date, manager: EntityManager): Promise<number> {
    const rows = await manager.query<{ marked: number }[]>(
      `WITH marked AS (
         INSERT INTO points_stale (user_id, since)
         SELECT DISTINCT user_id, now() FROM point_awards
          WHERE day >= ($1::timestamptz - interval '1 day')::date AND at >= $1
         ON CONFLICT (user_id) DO UPDATE SET since = points_stale.since RETURNING 1)
       SELECT count(*)::int AS marked FROM marked`,
      [at.toISOString()],
    );
    return rows[0]?.marked ?? 0;
  }

  /** Of these people, those stale. */
  async staleAmong(userIds: readonly string[]): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT user_id AS id FROM points_stale WHERE user_id = ANY($1::uuid[])`,
      [userIds],
    );
    return rows.map((row) => row.id);
  }

  /** The stale people marked longest ago, up to `limit`. */
  async oldestStale(limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT user_id AS id FROM points_stale ORDER BY since, user_id LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  }

  async anyStale(): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM points_stale LIMIT 1`);
    return rows.length > 0;
  }

  /** The rules in force now: the latest version from before `now`, or null (the defaults). */
  async currentRules(now: Date): Promise<{ rules: unknown; from: Date } | null> {
    const rows = await this.dataSource.query<{ rules: unknown; from: Date }[]>(
      `SELECT rules, effective_from AS "from" FROM point_rule_versions
        WHERE effective_from <= $1 ORDER BY effective_from DESC LIMIT 1`,
      [now.toISOString()],
    );
    return rows[0] ?? null;
  }

  async addVersion(
    version: { from: Date; rules: PointRules; createdById: string | null },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO point_rule_versions (effective_from, rules, created_by_id) VALUES ($1, $2, $3)`,
      [version.from.toISOString(), JSON.stringify(version.rules), version.createdById],
    );
  }

  /** A person's points per rule over organisation days [from, to] (from null: all time). */
  ruleTotals(userId: string, from: string | null, to: string): Promise<RuleTotal[]> {
    return this.dataSource.query<RuleTotal[]>(
      `SELECT rule, sum(points)::int AS points, count(*)::int AS count
         FROM point_awards
        WHERE user_id = $1 AND ($2::date IS NULL OR day >= $2::date) AND day <= $3::date
        GROUP BY rule`,
      [userId, from, to],
    );
  }

  badgesOf(userId: string): Promise<{ badge: Badge; earnedAt: Date }[]> {
    return this.dataSource.query<{ badge: Badge; earnedAt: Date }[]>(
      `SELECT badge, earned_at AS "earnedAt" FROM badge_awards WHERE user_id = $1
        ORDER BY earned_at, badge`,
      [userId],
    );
  }

  /** Records that people were told of these badges. */
  async markNotified(
    badges: readonly { userId: string; badge: Badge }[],
    at: Date,
    manager: EntityManager,
  ): Promise<void> {
    if (badges.length === 0) return;
    await manager.query(
      `UPDATE badge_awards SET notified_at = $3
         FROM unnest($1::uuid[], $2::varchar[]) AS told(user_id, badge)
        WHERE badge_awards.user_id = told.user_id AND badge_awards.badge = told.badge`,
      [badges.map((b) => b.userId), badges.map((b) => b.badge), at.toISOString()],
    );
  }
}
