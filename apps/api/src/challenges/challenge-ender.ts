import { localDate } from '@chorus/core';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { Transactions } from '../database/transactions';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { SettingsService } from '../settings/settings.service';
import { ChallengesRepository } from './challenges.repository';
import type { Challenge } from './entities/challenge.entity';

export const CHALLENGES_QUEUE = 'challenges.end';

/** Where people see their challenges. */
export const CHALLENGES_LINK = '/challenges';

/** Challenges ended in one transaction. */
const ENDING_BATCH = 20;

/** People told in one call of `notify`. */
const RECIPIENT_BATCH = 1000;

/**
 * Every hour, ends the challenges whose last day is over in the organisation's time zone: each
 * in one transaction, its result stored, an audit entry written, and its participants (the
 * enrolled people it concerned) and its creator told, once (by the challenge's key), however
 * often and on however many replicas the job runs.
 */
@Injectable()
export class ChallengeEnder implements OnApplicationBootstrap {
  private readonly logger = new Logger(ChallengeEnder.name);

  constructor(
    private readonly jobs: JobsService,
    private readonly challenges: ChallengesRepository,
    private readonly transactions: Transactions,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(CHALLENGES_QUEUE, '3 * * * *', async () => {
      await this.run(this.clock.now());
    });
  }

  /** Ends every challenge over at `now`; returns how many it ended. */
  async run(now: Date): Promise<number> {
    const { timeZone } = await this.settings.get();
    const today = localDate(now.getTime(), timeZone);
    let ended = 0;
    for (;;) {
      const batch = await this.transactions.run(async (manager) => {
        const due = await this.challenges.dueToEnd(today, ENDING_BATCH, manager);
        const counts = await this.challenges.counts(
          due.map((challenge) => challenge.id),
          manager,
        );
        for (const challenge of due) {
          challenge.result = counts.get(challenge.id) ?? 0;
          challenge.endedAt = now;
          await this.challenges.save(challenge, manager);
          await this.audit.record(
            {
              actor: null,
              action: 'challenge.ended',
              target: { type: 'challenge', id: challenge.id, label: challenge.title },
              summary: { result: challenge.result, goal: challenge.target },
            },
            manager,
          );
          const participants = await this.challenges.participants(challenge, manager);
          const recipients = [...new Set([...participants, ...creator(challenge)])];
          for (let at = 0; at < recipients.length; at += RECIPIENT_BATCH) {
            await this.notifications.notify(
              {
                kind: 'challenge.ended',
                recipients: recipients.slice(at, at + RECIPIENT_BATCH),
                params: {
                  title: challenge.title,
                  result: challenge.result,
                  target: challenge.target,
                  reached: challenge.result >= challenge.target ? 'yes' : 'no',
                },
                link: CHALLENGES_LINK,
                key: `challenge.ended:${challenge.id}`,
              },
              manager,
            );
          }
        }
        return due.length;
      });
      ended += batch;
      if (batch < ENDING_BATCH) break;
    }
    if (ended > 0) this.logger.log(`Ended ${ended} challenges`);
    return ended;
  }
}

function creator(challenge: Challenge): string[] {
  return challenge.createdById ? [challenge.createdById] : [];
}
