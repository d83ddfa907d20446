import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The organisation days a figure covers, both included (`from` null: all time), and whether
 * they are whole months (every recognition period but the last 28 days), which the monthly
 * sums answer without reading single awards.
 */
export interface PointSpan {
  from: string | null;
  to: string;
  wholeMonths: boolean;
}

export interface BoardEntry {
  rank: number;
  userId: string;
  name: string;
  department: string | null;
  points: number;
}

export interface DepartmentStanding {
  rank: number;
  id: string;
  name: string;
  members: number;
  points: number;
}

/** A person's own figures for a period, and what ranks them among those shown. */
export interface PersonStanding {
  points: number;
  enrolled: boolean;
  shown: boolean;
  /** People shown on leaderboards, the person included when they are. */
  shownCount: number;
  /** People shown on leaderboards with more points than the person (the person excluded). */
  ahead: number;
  department: { id: string; name: string } | null;
  /** The enrolled members of the person's department, and the median of their points. */
  teamMembers: number;
  teamMedian: number | null;
}

/**
 * Everyone's points in the span (`totals`), then every enrolled, active person with theirs
 * (`people`, zero for none) and whether they chose to be shown. Parameters $1 and $2 are the
 * span's bounds. Whole months read `point_months` (a range of its primary key, month first);
 * other spans read `point_awards` by day.
 */
function peopleWithPoints(span: PointSpan): { sql: string; params: unknown[] } {
  const totals = span.wholeMonths
    ? `SELECT user_id, sum(points) AS points FROM point_months
        WHERE ($1::date IS NULL OR month >= date_trunc('month', $1::date)::date)
          AND month <= date_trunc('month', $2::date)::date
        GROUP BY user_id`
    : `SELECT user_id, sum(points) AS points FROM point_awards
        WHERE ($1::date IS NULL OR day >= $1::date) AND day <= $2::date
        GROUP BY user_id`;
  return {
    sql: `totals AS (${totals}),
      people AS (
        SELECT e.user_id, u.name, u.department_id, e.leaderboard_since IS NOT NULL AS shown,
               coalesce(t.points, 0)::int AS points
          FROM enrollments e
          JOIN users u ON u.id = e.user_id AND u.status = 'active'
          LEFT JOIN totals t ON t.user_id = e.user_id)`,
    params: [span.from, span.to],
  };
}

/** Leaderboards' reads: points by period of the people in the programme. */
@Injectable()
export class LeaderboardsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The people who chose to be shown, most points first, at most `limit`; equal points share a
   * rank (the next rank skips the places shared), then by name.
   */
  async board(span: PointSpan, limit: number): Promise<BoardEntry[]> {
    const { sql, params } = peopleWithPoints(span);
    const rows: (Omit<BoardEntry, 'rank'> & { rank: string })[] = await this.db.query(
      `WITH ${sql}
       SELECT rank() OVER (ORDER BY p.points DESC) AS rank, p.user_id AS "userId", p.name,
              g.name AS department, p.points
         FROM people p LEFT JOIN org_groups g ON g.id = p.department_id
        WHERE p.shown
        ORDER BY rank, p.name, p.user_id
        LIMIT $3`,
      [...params, limit],
    );
    return rows.map((row) => ({ ...row, rank: Number(row.rank) }));
  }

  /**
   * Departments with at least `minMembers` enrolled members, by points per member (ties share
   * a rank). Every enrolled member's points count, shown or not; nobody is named.
   */
  async departments(span: PointSpan, minMembers: number): Promise<DepartmentStanding[]> {
    const { sql, params } = peopleWithPoints(span);
    const rows: { rank: string; id: string; name: string; members: number; points: number }[] =
      await this.db.query(
        `WITH ${sql},
         teams AS (
           SELECT department_id, count(*)::int AS members, sum(points)::int AS points
             FROM people WHERE department_id IS NOT NULL
            GROUP BY department_id HAVING count(*) >= $3)
         SELECT rank() OVER (ORDER BY round(t.points::numeric / t.members) DESC) AS rank,
                g.id, g.name, t.members, t.points
           FROM teams t JOIN org_groups g ON g.id = t.department_id
          ORDER BY rank, g.name`,
        [...params, minMembers],
      );
    return rows.map((row) => ({ ...row, rank: Number(row.rank) }));
  }

  /** The person's points in the span and what places them (see PersonStanding). */
  async standing(span: PointSpan, userId: string): Promise<PersonStanding> {
    const { sql, params } = peopleWithPoints(span);
    const rows: {
      points: number;
      enrolled: boolean;
      shown: boolean;
      shown_count: number;
      ahead: number;
      department_id: string | null;
      department_name: string | null;
      team_members: number;
      team_median: number | null;
    }[] = await this.db.query(
      `WITH ${sql},
       me AS (
         SELECT u.id, u.department_id, coalesce(t.points, 0)::int AS points,
                e.user_id IS NOT NULL AS enrolled,
                coalesce(e.leaderboard_since IS NOT NULL, false) AS shown
           FROM users u
           LEFT JOIN enrollments e ON e.user_id = u.id
           LEFT JOIN totals t ON t.user_id = u.id
          WHERE u.id = $3)
       SELECT me.points, me.enrolled, me.shown, me.department_id, g.name AS department_name,
              (SELECT count(*) FROM people p WHERE p.shown)::int AS shown_count,
              (SELECT count(*) FROM people p
                WHERE p.shown AND p.user_id <> me.id AND p.points > me.points)::int AS ahead,
              (SELECT count(*) FROM people p
                WHERE p.department_id = me.department_id)::int AS team_members,
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY p.points) FROM people p
                WHERE p.department_id = me.department_id) AS team_median
         FROM me LEFT JOIN org_groups g ON g.id = me.department_id`,
      [...params, userId],
    );
    const row = rows[0];
    if (!row) {
      return {
        points: 0,
        enrolled: false,
        shown: false,
        shownCount: 0,
        ahead: 0,
        department: null,
        teamMembers: 0,
        teamMedian: null,
      };
    }
    return {
      points: row.points,
      enrolled: row.enrolled,
      shown: row.shown,
      shownCount: row.shown_count,
      ahead: row.ahead,
      department:
        row.department_id && row.department_name
          ? { id: row.department_id, name: row.department_name }
          : null,
      teamMembers: row.team_members,
      teamMedian: row.team_median === null ? null : Number(row.team_median),
    };
  }
}
