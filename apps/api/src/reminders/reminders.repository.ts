import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CONTENT_CURATOR_ROLES, type NotificationKind } from '@chorus/core';

/** A page of people, in id order, after `after` (null: from the start). */
export interface Batch {
  now: Date;
  after: string | null;
  limit: number;
}

export interface QuietAdvocate {
  userId: string;
  /** Their last share, or their enrolment when later (or when they never shared). */
  lastActiveAt: Date;
}

export interface PendingSigner {
  userId: string;
  /** The policy version they must sign. */
  version: number;
  /** The latest reminder step reached (days since they had to sign). */
  days: number;
}

export interface WaitingReviews {
  userId: string;
  /** Items waiting for them. */
  count: number;
}

/** One reminder about to be sent: recorded first, so that it is sent once. */
export interface ReminderRecord {
  userId: string;
  kind: NotificationKind;
  key: string;
}

/**
 * Who is due which reminder, asked of the whole organisation in pages of people, and the record
 * of reminders sent. Every question takes the job's `now`, never the database clock.
 */
@Injectable()
export class RemindersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Enrolled, active employees whose last share (or enrolment, when later: someone who rejoins
   * has a fresh start) is `days` days or more before `now`, and who had no share reminder in
   * the `days` days before `now`.
   */
  quietAdvocates(days: number, batch: Batch): Promise<QuietAdvocate[]> {
    return this.dataSource.query<QuietAdvocate[]>(
      `SELECT person.id AS "userId", activity.at AS "lastActiveAt"
         FROM users person
         JOIN enrollments enrollment ON enrollment.user_id = person.id
         CROSS JOIN LATERAL (
           SELECT greatest(enrollment.enrolled_at,
                           (SELECT max(share.created_at) FROM shares share
                             WHERE share.user_id = person.id AND share.created_at <= $1)) AS at
         ) activity
        WHERE person.status = 'active' AND 'employee' = ANY(person.roles)
          AND ($3::uuid IS NULL OR person.id > $3)
          AND activity.at <= $1::timestamptz - make_interval(hours => $2 * 24)
          AND NOT EXISTS (
                SELECT 1 FROM reminders_sent sent
                 WHERE sent.user_id = person.id AND sent.kind = 'reminder.share'
                   AND sent.sent_at > $1::timestamptz - make_interval(hours => $2 * 24))
        ORDER BY person.id
        LIMIT $4`,
      [batch.now, days, batch.after, batch.limit],
    );
  }

  /**
   * Enrolled, active people who have not signed the version everyone must have signed, with
   * the latest of `steps` (days since they had to: since its publication, or since they joined
   * when later) they have reached and not yet been reminded of.
   */
  pendingSigners(steps: readonly number[], batch: Batch): Promise<PendingSigner[]> {
    return this.dataSource.query<PendingSigner[]>(
      `SELECT person.id AS "userId", required.version, step.days
         FROM users person
         JOIN enrollments enrollment ON enrollment.user_id = person.id
         CROSS JOIN required_policy_version required
         JOIN policy_versions version ON version.version = required.version
         LEFT JOIN latest_policy_acknowledgments latest ON latest.user_id = person.id
         CROSS JOIN LATERAL (
           SELECT max(days)::int AS days FROM unnest($2::int[]) days
            WHERE greatest(version.published_at, enrollment.enrolled_at)
                  <= $1::timestamptz - make_interval(hours => days * 24)
         ) step
        WHERE person.status = 'active' AND coalesce(latest.version, 0) < required.version
          AND step.days IS NOT NULL
          AND ($3::uuid IS NULL OR person.id > $3)
          AND NOT EXISTS (
                SELECT 1 FROM reminders_sent sent
                 WHERE sent.user_id = person.id
                   AND sent.key = 'reminder.policy:' || required.version || ':' || step.days)
        ORDER BY person.id
        LIMIT $4`,
      [batch.now, steps, batch.after, batch.limit],
    );
  }

  /**
   * Active curators and admins with items in review since `waitingSince` or before that they
   * may decide (with four-eyes approval, not their own), who had no review reminder since
   * `remindedSince`.
   */
  waitingReviews(
    options: { waitingSince: Date; remindedSince: Date; fourEyesApproval: boolean },
    batch: Batch,
  ): Promise<WaitingReviews[]> {
    return this.dataSource.query<WaitingReviews[]>(
      `SELECT reviewer.id AS "userId", count(*)::int AS count
         FROM users reviewer
         JOIN content_items item
           ON item.status = 'in_review' AND item.submitted_at <= $1
          AND (NOT $3 OR item.author_id IS DISTINCT FROM reviewer.id)
        WHERE reviewer.status = 'active' AND reviewer.roles && $4::user_role[]
          AND ($5::uuid IS NULL OR reviewer.id > $5)
          AND NOT EXISTS (
                SELECT 1 FROM reminders_sent sent
                 WHERE sent.user_id = reviewer.id AND sent.kind = 'reminder.review'
                   AND sent.sent_at > $2)
        GROUP BY reviewer.id
        ORDER BY reviewer.id
        LIMIT $6`,
      [
        options.waitingSince,
        options.remindedSince,
        options.fourEyesApproval,
        CONTENT_CURATOR_ROLES,
        batch.after,
        batch.limit,
      ],
    );
  }

  /**
   * Records these reminders as sent at `sentAt`; returns the people whose reminder this
   * recorded (a reminder already recorded under the same key is not recorded, or sent, again).
   */
  async record(
    reminders: ReminderRecord[],
    sentAt: Date,
    manager: EntityManager,
  ): Promise<Set<string>> {
    if (reminders.length === 0) return new Set();
    const rows = await manager.query<{ user_id: string }[]>(
      `INSERT INTO reminders_sent (user_id, key, kind, sent_at)
       SELECT user_id, key, kind, $4 FROM unnest($1::uuid[], $2::varchar[], $3::varchar[])
           AS reminder(user_id, key, kind)
       ON CONFLICT DO NOTHING
       RETURNING user_id`,
      [
        reminders.map((reminder) => reminder.userId),
        reminders.map((reminder) => reminder.key),
        reminders.map((reminder) => reminder.kind),
        sentAt,
      ],
    );
    return new Set(rows.map((row) => row.user_id));
  }
}
