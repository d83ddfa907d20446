import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import {
  POLICY_REMINDER_DAYS,
  REVIEW_REMINDER_HOURS,
  SHARE_REMINDER_ITEMS,
  type NotificationKind,
} from '@chorus/core';
import { Clock } from '../common/clock';
import { Transactions } from '../database/transactions';
import { FeedService } from '../feed/feed.service';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { POLICY_LINK } from '../policy/policy-notifier';
import { SettingsService } from '../settings/settings.service';
import { RemindersRepository, type Batch, type ReminderRecord } from './reminders.repository';

export const REMINDERS_QUEUE = 'reminders';

/** How many people each step of the job reads and reminds at once. */
export const REMINDER_BATCH = 200;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** How many people the run reminded, by rule. */
export interface RemindersRun {
  share: number;
  policy: number;
  review: number;
}

/**
 * Every hour, reminds people of what waits for them: enrolled employees who have not shared for
 * a while (with two items for them), people whose policy signature is pending, reviewers of
 * items waiting over a day. Each goes through `notify`, so preferences, the admins' switches and
 * quiet hours apply, and nudges reach enrolled employees only. Each reminder is recorded at the
 * job's time with its key, which keeps it to its window however often, and on however many
 * replicas, the job runs.
 */
@Injectable()
export class RemindersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    private readonly jobs: JobsService,
    private readonly reminders: RemindersRepository,
    private readonly transactions: Transactions,
    private readonly notifications: NotificationsService,
    private readonly feed: FeedService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(REMINDERS_QUEUE, '41 * * * *', async () => {
      await this.run(this.clock.now().getTime());
    });
  }

  /** Sends every reminder due at `now`. */
  async run(now: number): Promise<RemindersRun> {
    const run = {
      share: await this.remindQuietAdvocates(now),
      policy: await this.remindPendingSigners(now),
      review: await this.remindReviewers(now),
    };
    if (run.share + run.policy + run.review > 0) {
      this.logger.log(
        `Reminded ${run.share} people to share, ${run.policy} to sign the policy and ` +
          `${run.review} to review`,
      );
    }
    return run;
  }

  /** `reminder.share` with two items for each, to those quiet for the organisation's N days. */
  private async remindQuietAdvocates(now: number): Promise<number> {
    const { reminderInactiveDays: days } = await this.settings.get();
    const key = `reminder.share:${utcDate(now)}`;
    return this.inBatches(now, async (batch) => {
      const quiet = await this.reminders.quietAdvocates(days, batch);
      const items = await this.feed.unsharedItems(
        quiet.map((person) => person.userId),
        { now, limit: SHARE_REMINDER_ITEMS },
      );
      // Nobody is reminded without items to share: they are asked again next time.
      const due = quiet.filter((person) => items.has(person.userId));
      const sent = await this.send(
        'reminder.share',
        due.map(({ userId }) => ({ userId, key })),
        now,
        (recorded) =>
          due
            .filter((person) => recorded.has(person.userId))
            .map((person) => ({
              kind: 'reminder.share',
              recipients: [person.userId],
              params: { days: Math.floor((now - person.lastActiveAt.getTime()) / DAY_MS) },
              link: '/',
              key,
              items: items
                .get(person.userId)!
                .map((item) => ({ id: item.id, title: item.title ?? item.url })),
            })),
      );
      return { read: quiet, sent };
    });
  }

  /** `reminder.policy` at 3 and at 10 days to those who must still sign. */
  private async remindPendingSigners(now: number): Promise<number> {
    return this.inBatches(now, async (batch) => {
      const pending = await this.reminders.pendingSigners(POLICY_REMINDER_DAYS, batch);
      const sent = await this.send(
        'reminder.policy',
        pending.map(({ userId, key }) => ({ userId, key })),
        now,
        (recorded) =>
          groupBy(
            pending.filter((signer) => recorded.has(signer.userId)),
            (signer) => signer.key,
          ).map(([key, signers]) => ({
            kind: 'reminder.policy',
            recipients: signers.map((signer) => signer.userId),
            params: { version: signers[0].version, days: signers[0].days },
            link: POLICY_LINK,
            key,
          })),
      );
      return { read: pending, sent };
    });
  }

  /** `reminder.review` once a day at most to reviewers of items waiting over 24 hours. */
  private async remindReviewers(now: number): Promise<number> {
    const { fourEyesApproval } = await this.settings.get();
    const key = `reminder.review:${utcDate(now)}`;
    const since = new Date(now - REVIEW_REMINDER_HOURS * HOUR_MS);
    return this.inBatches(now, async (batch) => {
      const waiting = await this.reminders.waitingReviews(
        { waitingSince: since, remindedSince: since, fourEyesApproval },
        batch,
      );
      const sent = await this.send(
        'reminder.review',
        waiting.map(({ userId }) => ({ userId, key })),
        now,
        (recorded) =>
          groupBy(
            waiting.filter((reviewer) => recorded.has(reviewer.userId)),
            (reviewer) => String(reviewer.count),
          ).map(([, reviewers]) => ({
            kind: 'reminder.review',
            recipients: reviewers.map((reviewer) => reviewer.userId),
            params: { count: reviewers[0].count },
            link: '/content?status=in_review',
            key,
          })),
      );
      return { read: waiting, sent };
    });
  }

  /**
   * Records the reminders and notifies, in one transaction: a reminder is sent exactly when its
   * record is written, and one already recorded under its key (by another run) is not sent.
   */
  private send(
    kind: NotificationKind,
    reminders: Omit<ReminderRecord, 'kind'>[],
    now: number,
    notices: (recorded: Set<string>) => Notice[],
  ): Promise<number> {
    if (reminders.length === 0) return Promise.resolve(0);
    return this.transactions.run(async (manager) => {
      const recorded = await this.reminders.record(
        reminders.map((reminder) => ({ ...reminder, kind })),
        new Date(now),
        manager,
      );
      for (const notice of notices(recorded)) await this.notifications.notify(notice, manager);
      return recorded.size;
    });
  }

  /** Runs `step` over everyone, one page of people after another, in id order. */
  private async inBatches(
    now: number,
    step: (batch: Batch) => Promise<{ read: { userId: string }[]; sent: number }>,
  ): Promise<number> {
    let after: string | null = null;
    let sent = 0;
    for (;;) {
      const page = await step({ now: new Date(now), after, limit: REMINDER_BATCH });
      sent += page.sent;
      if (page.read.length < REMINDER_BATCH) return sent;
      after = page.read[page.read.length - 1].userId;
    }
  }
}

type Notice = Parameters<NotificationsService['notify']>[0];

/** The UTC calendar day of `at`, as YYYY-MM-DD. */
function utcDate(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

function groupBy<T>(values: T[], keyOf: (value: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    groups.set(key, [...(groups.get(key) ?? []), value]);
  }
  return [...groups];
}
