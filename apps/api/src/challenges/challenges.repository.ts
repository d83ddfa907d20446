import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Translations } from '@chorus/core';
import { Challenge } from './entities/challenge.entity';

export type ChallengeFields = Pick<
  Challenge,
  | 'title'
  | 'description'
  | 'metric'
  | 'target'
  | 'campaignId'
  | 'topicId'
  | 'departmentIds'
  | 'startsOn'
  | 'endsOn'
>;

/** A challenge with the names of what it is about, as lists show it. */
export interface ChallengeRow {
  challenge: Challenge;
  campaign: { id: string; name: string } | null;
  topic: { id: string; name: string; names: Translations } | null;
  /** Its departments that still exist, by name. */
  departments: { id: string; name: string }[];
}

/** The most challenges one list returns: curators set a few a month. */
export const CHALLENGE_LIST_LIMIT = 200;

/**
 * Which shares a challenge counts, for challenges `c`: made from its first to its last day, of
 * an item in its campaign or topic, by a person enrolled now, in one of its departments (or
 * anywhere when it names none).
 */
const COUNTED_SHARES = `
  SELECT s.id, s.verified_at
    FROM shares s
    JOIN enrollments e ON e.user_id = s.user_id
    JOIN users u ON u.id = s.user_id
   WHERE s.day BETWEEN c.starts_on AND c.ends_on
     AND (cardinality(c.department_ids) = 0 OR u.department_id = ANY (c.department_ids))
     AND s.item_id IN (
           SELECT i.id FROM content_items i WHERE i.campaign_id = c.campaign_id
           UNION ALL
           SELECT t.item_id FROM content_item_topics t WHERE t.topic_id = c.topic_id)`;

/** The challenges, what they are about, and what they counted so far. */
@Injectable()
export class ChallengesRepository {
  constructor(@InjectRepository(Challenge) private readonly challenges: Repository<Challenge>) {}

  findById(id: string, manager: EntityManager = this.challenges.manager) {
    return manager.findOneBy(Challenge, { id });
  }

  /** The challenge, locked until the transaction ends. */
  findByIdForUpdate(id: string, manager: EntityManager): Promise<Challenge | null> {
    return manager.findOne(Challenge, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insert(
    fields: ChallengeFields & { createdById: string },
    manager: EntityManager = this.challenges.manager,
  ) {
    return manager.save(manager.create(Challenge, fields));
  }

  save(challenge: Challenge, manager: EntityManager = this.challenges.manager) {
    return manager.save(challenge);
  }

  async delete(id: string, manager: EntityManager = this.challenges.manager): Promise<void> {
    await manager.delete(Challenge, { id });
  }

  /** Every challenge, latest first day first (the latest few hundred). */
  all(manager: EntityManager = this.challenges.manager): Promise<ChallengeRow[]> {
    return this.rows('TRUE', [], manager);
  }

  /** One challenge, as lists show it; null when there is none with the id. */
  async row(id: string, manager: EntityManager = this.challenges.manager) {
    const [row] = await this.rows('c.id = $1', [id], manager);
    return row ?? null;
  }

  /**
   * The challenges a person in `departmentId` (null: none) takes part in that run on `today` or
   * ended from `endedSince` on: those for everyone, and those naming their department.
   */
  forPerson(
    departmentId: string | null,
    today: string,
    endedSince: string,
    manager: EntityManager = this.challenges.manager,
  ): Promise<ChallengeRow[]> {
    return this.rows(
      `c.starts_on <= $1 AND c.ends_on >= $2
       AND (cardinality(c.department_ids) = 0 OR c.department_ids @> ARRAY[$3::uuid])`,
      [today, endedSince, departmentId],
      manager,
    );
  }

  /** The challenges that ran on at least one day from `from` to `to`. */
  overlapping(
    from: string,
    to: string,
    manager: EntityManager = this.challenges.manager,
  ): Promise<ChallengeRow[]> {
    return this.rows('c.starts_on <= $2 AND c.ends_on >= $1', [from, to], manager);
  }

  /** Challenges whose last day is before `today` and that are not ended yet, locked, a few at a time. */
  dueToEnd(today: string, limit: number, manager: EntityManager): Promise<Challenge[]> {
    return manager
      .createQueryBuilder(Challenge, 'c')
      .where('c.ends_on < :today AND c.ended_at IS NULL', { today })
      .orderBy('c.ends_on', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /**
   * What each challenge counted so far, by its metric: its shares, those verified by the end
   * of its last day, or the human clicks on them from its first to its last day.
   */
  async counts(
    ids: readonly string[],
    manager: EntityManager = this.challenges.manager,
  ): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<{ id: string; count: number }[]>(
      `SELECT c.id,
              CASE c.metric
                WHEN 'shares' THEN count(s.id)
                WHEN 'verified-shares' THEN count(s.id) FILTER (
                  WHERE s.verified_at IS NOT NULL
                    AND chorus_organisation_day(s.verified_at) <= c.ends_on)
                ELSE coalesce(sum(k.clicks), 0)
              END::int AS count
         FROM challenges c
         LEFT JOIN LATERAL (${COUNTED_SHARES}) s ON TRUE
         LEFT JOIN LATERAL (
           SELECT sum(d.clicks) AS clicks
             FROM share_click_days d
            WHERE c.metric = 'clicks' AND d.share_id = s.id
              AND d.day BETWEEN c.starts_on AND c.ends_on) k ON TRUE
        WHERE c.id = ANY ($1::uuid[])
        GROUP BY c.id`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.count]));
  }

  /** The active people a challenge concerns: enrolled, in its departments or anywhere. */
  async participants(challenge: Challenge, manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT u.id
         FROM enrollments e
         JOIN users u ON u.id = e.user_id
        WHERE u.status = 'active'
          AND (cardinality($1::uuid[]) = 0 OR u.department_id = ANY ($1::uuid[]))
        ORDER BY u.id`,
      [challenge.departmentIds],
    );
    return rows.map((row) => row.id);
  }

  private async rows(
    where: string,
    params: unknown[],
    manager: EntityManager,
  ): Promise<ChallengeRow[]> {
    const raw = await manager.query<
      {
        id: string;
        campaign_name: string | null;
        topic_name: string | null;
        topic_names: Translations | null;
        departments: { id: string; name: string }[];
      }[]
    >(
      `SELECT c.id, cp.name AS campaign_name, tp.name AS topic_name, tp.names AS topic_names,
              coalesce((SELECT json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.name_key)
                          FROM org_groups g WHERE g.id = ANY (c.department_ids)), '[]') AS departments
         FROM challenges c
         LEFT JOIN campaigns cp ON cp.id = c.campaign_id
         LEFT JOIN topics tp ON tp.id = c.topic_id
        WHERE ${where}
        ORDER BY c.starts_on DESC, c.created_at DESC, c.id
        LIMIT ${CHALLENGE_LIST_LIMIT}`,
      params,
    );
    if (raw.length === 0) return [];
    const entities = await manager
      .createQueryBuilder(Challenge, 'c')
      .whereInIds(raw.map((row) => row.id))
      .getMany();
    const byId = new Map(entities.map((challenge) => [challenge.id, challenge]));
    return raw.map((row) => {
      const challenge = byId.get(row.id)!;
      return {
        challenge,
        campaign: challenge.campaignId
          ? { id: challenge.campaignId, name: row.campaign_name! }
          : null,
        topic: challenge.topicId
          ? { id: challenge.topicId, name: row.topic_name!, names: row.topic_names ?? {} }
          : null,
        departments: row.departments,
      };
    });
  }
}
