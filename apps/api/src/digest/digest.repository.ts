import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { DigestFrequency } from '@chorus/core';

/** A person whose digest is due, with what choosing their items needs. */
export interface DueRecipient {
  userId: string;
  email: string;
  name: string;
  language: string;
  departmentId: string | null;
  locationId: string | null;
  followedTopicIds: string[];
  /** Every item they have shared, on any network. */
  sharedItemIds: string[];
  /** The networks they have shared to or declared a profile on. */
  ownNetworks: string[];
  frequency: DigestFrequency;
  /** The scheduled instant this digest is for (their weekday and hour in their time zone). */
  periodStart: Date;
  /** The previous digest: when it was queued and what it offered; null before the first. */
  previous: { sentAt: Date; itemIds: string[] } | null;
}

/** A person's figures and the news of the policy and training since a moment. */
export interface SinceFigures {
  shares: number;
  verifiedShares: number;
  clicks: number;
  /** The highest version of the policy published since, that requires their signature and lacks it. */
  policyVersion: number | null;
  /** Training lessons written or changed since. */
  trainingLessons: number;
}

interface DueRow {
  user_id: string;
  email: string;
  name: string;
  language: string;
  department_id: string | null;
  location_id: string | null;
  follows: string[];
  shared: string[];
  own_networks: string[];
  frequency: DigestFrequency;
  period_start: Date;
  previous_sent_at: Date | null;
  previous_item_ids: string[] | null;
}

/**
 * Each active person's latest scheduled digest instant at or before `$1` (the hour on their
 * weekday for weekly, the hour each day for daily; weekly's slot for those who chose never) in
 * their time zone, or the organisation's (`$2`); with the defaults of the notification
 * preferences for people without a row. PostgreSQL turns local times into instants, DST gaps
 * included. With `enrolledOnly`, people outside the advocacy programme are left out.
 */
function schedule(enrolledOnly: boolean): string {
  return `
  SELECT person.id, person.email, person.name, person.language, person.department_id,
         person.location_id, schedule.frequency,
         (slot.at AT TIME ZONE schedule.zone) AS period_start
    FROM users person
    ${enrolledOnly ? 'JOIN enrollments enrollment ON enrollment.user_id = person.id' : ''}
    LEFT JOIN notification_preferences pref ON pref.user_id = person.id
    CROSS JOIN LATERAL (
      SELECT coalesce(pref.digest_frequency, 'weekly') AS frequency,
             coalesce(pref.digest_weekday, 1)::int AS weekday,
             coalesce(pref.digest_hour, 9)::int AS hour,
             coalesce(pref.time_zone, $2) AS zone) schedule
    CROSS JOIN LATERAL (SELECT ($1::timestamptz AT TIME ZONE schedule.zone) AS now) local
    CROSS JOIN LATERAL (
      SELECT date_trunc('day', local.now) + make_interval(hours => schedule.hour)
             - CASE WHEN schedule.frequency = 'daily' THEN interval '0'
                    ELSE make_interval(days => (extract(isodow FROM local.now)::int - schedule.weekday + 7) % 7)
                    END AS at) candidate
    CROSS JOIN LATERAL (
      SELECT CASE WHEN candidate.at <= local.now THEN candidate.at
                  WHEN schedule.frequency = 'daily' THEN candidate.at - interval '1 day'
                  ELSE candidate.at - interval '7 days' END AS at) slot
   WHERE person.status = 'active'`;
}

/** What choosing a person's items needs, and their previous digest, for rows of `scheduled`. */
const RECIPIENT_COLUMNS = `
  scheduled.id AS user_id, scheduled.email, scheduled.name, scheduled.language,
  scheduled.department_id, scheduled.location_id, scheduled.frequency, scheduled.period_start,
  array(SELECT topic_id::text FROM topic_follows WHERE user_id = scheduled.id) AS follows,
  array(SELECT DISTINCT item_id::text FROM shares WHERE user_id = scheduled.id) AS shared,
  array(SELECT network::text FROM shares WHERE user_id = scheduled.id
        UNION SELECT network::text FROM social_profiles WHERE user_id = scheduled.id) AS own_networks,
  previous.sent_at AS previous_sent_at, previous.item_ids::text[] AS previous_item_ids`;

const PREVIOUS_DIGEST = `
  LEFT JOIN LATERAL (
    SELECT sent_at, item_ids FROM digests
     WHERE user_id = scheduled.id ORDER BY period_start DESC LIMIT 1) previous ON true`;

/** The digest's queries: who is due, their figures and news, and the record of what was queued. */
@Injectable()
export class DigestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Up to `limit` people whose digest is due at `now` (scheduled no longer than `graceMs` ago,
   * and none queued for that period yet), after `afterUserId` in id order: one batch.
   */
  async due(options: {
    now: Date;
    orgTimeZone: string;
    graceMs: number;
    afterUserId: string | null;
    limit: number;
  }): Promise<DueRecipient[]> {
    const rows = await this.dataSource.query<DueRow[]>(
      `WITH scheduled AS (${schedule(true)})
       SELECT ${RECIPIENT_COLUMNS}
         FROM scheduled ${PREVIOUS_DIGEST}
        WHERE scheduled.frequency <> 'never'
          AND scheduled.period_start > $1::timestamptz - make_interval(secs => $3::float8 / 1000)
          AND ($4::uuid IS NULL OR scheduled.id > $4::uuid)
          AND NOT EXISTS (SELECT 1 FROM digests done
                           WHERE done.user_id = scheduled.id AND done.period_start = scheduled.period_start)
        ORDER BY scheduled.id
        LIMIT $5`,
      [options.now, options.orgTimeZone, options.graceMs, options.afterUserId, options.limit],
    );
    return rows.map(toRecipient);
  }

  /**
   * Active people as the digest sees them at `now`, due or not (an admin's preview, the demo):
   * the period is their latest scheduled instant. Enrolment is not required.
   */
  async recipients(userIds: string[], now: Date, orgTimeZone: string): Promise<DueRecipient[]> {
    const rows = await this.dataSource.query<DueRow[]>(
      `WITH scheduled AS (${schedule(false)} AND person.id = ANY($3::uuid[]))
       SELECT ${RECIPIENT_COLUMNS}
         FROM scheduled ${PREVIOUS_DIGEST}
        ORDER BY scheduled.id`,
      [now, orgTimeZone, userIds],
    );
    return rows.map(toRecipient);
  }

  /**
   * Per person, since their moment: shares made, how many of those are verified, and clicks on
   * their shares' links on the organisation's calendar days from that moment's day (the
   * definitions of Analytics: shares counted from `shares`, verified ones by `verified_at`,
   * clicks from the per-share daily rollups); the newest policy version published since that
   * needs their signature and lacks it; training lessons written or changed since.
   */
  async since(
    people: { userId: string; since: Date }[],
    orgTimeZone: string,
  ): Promise<Map<string, SinceFigures>> {
    if (people.length === 0) return new Map();
    const rows = await this.dataSource.query<({ user_id: string } & SinceFigures)[]>(
      `SELECT input.user_id,
              (SELECT count(*) FROM shares share
                WHERE share.user_id = input.user_id AND share.created_at >= input.since)::int AS "shares",
              (SELECT count(share.verified_at) FROM shares share
                WHERE share.user_id = input.user_id AND share.created_at >= input.since)::int
                AS "verifiedShares",
              (SELECT coalesce(sum(rollup.clicks), 0) FROM share_click_days rollup
                WHERE rollup.user_id = input.user_id
                  AND rollup.day >= (input.since AT TIME ZONE $3)::date)::int AS "clicks",
              (SELECT max(policy.version) FROM policy_versions policy
                WHERE policy.requires_acknowledgment AND policy.published_at >= input.since
                  AND policy.version > coalesce(
                    (SELECT latest.version FROM latest_policy_acknowledgments latest
                      WHERE latest.user_id = input.user_id), 0)) AS "policyVersion",
              (SELECT count(*) FROM training_lessons lesson
                WHERE lesson.updated_at >= input.since)::int AS "trainingLessons"
         FROM unnest($1::uuid[], $2::timestamptz[]) AS input(user_id, since)`,
      [people.map((person) => person.userId), people.map((person) => person.since), orgTimeZone],
    );
    return new Map(rows.map(({ user_id, ...figures }) => [user_id, figures]));
  }

  /**
   * Records digests in the caller's transaction and says for whom: a person and period recorded
   * already (by another run or replica) is left out, and the caller sends them nothing. The
   * unique key makes a concurrent insert of the same row wait for the first transaction and then
   * do nothing; rows go in by user id, so two runs never wait for each other in a circle.
   */
  async recordMany(
    digests: { userId: string; periodStart: Date; sentAt: Date; itemIds: string[] }[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    const rows = await manager.query<{ user_id: string }[]>(
      `INSERT INTO digests (user_id, period_start, sent_at, item_ids)
       SELECT (digest->>'userId')::uuid, (digest->>'periodStart')::timestamptz,
              (digest->>'sentAt')::timestamptz,
              array(SELECT jsonb_array_elements_text(digest->'itemIds'))::uuid[]
         FROM jsonb_array_elements($1::jsonb) digest
        ORDER BY digest->>'userId'
       ON CONFLICT (user_id, period_start) DO NOTHING
       RETURNING user_id`,
      [JSON.stringify(digests)],
    );
    return new Set(rows.map((row) => row.user_id));
  }
}

function toRecipient(row: DueRow): DueRecipient {
  return {
    userId: row.user_id,
    email: row.email,
    name: row.name,
    language: row.language,
    departmentId: row.department_id,
    locationId: row.location_id,
    followedTopicIds: row.follows,
    sharedItemIds: row.shared,
    ownNetworks: row.own_networks,
    frequency: row.frequency,
    periodStart: row.period_start,
    previous: row.previous_sent_at
      ? { sentAt: row.previous_sent_at, itemIds: row.previous_item_ids ?? [] }
      : null,
  };
}
