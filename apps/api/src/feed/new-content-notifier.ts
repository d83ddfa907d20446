import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Transactions } from '../database/transactions';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { isVisible } from './feed-catalogue';
import {
  FIRST_ID,
  NewContentRepository,
  type EnrolledPerson,
  type NewItem,
} from './new-content.repository';

export const NEW_CONTENT_QUEUE = 'notifications.content-new';
/** How many people one query reads and one notification call takes. */
export const NEW_CONTENT_BATCH = 1_000;
/** Where the feed is. */
export const FEED_LINK = '/';
const HOUR_MS = 3_600_000;

/** The hour a batch runs in, as in its dedupe key: `2026-12-07T08`. */
const hourOf = (at: Date) => at.toISOString().slice(0, 13);

/**
 * Every hour, tells each enrolled person how many approved items meant for them went live since
 * the last batch (the feed's own targeting rule decides), in one `content.new` notification: at
 * most one an hour per person, whatever runs twice.
 */
@Injectable()
export class NewContentNotifier implements OnApplicationBootstrap {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: NewContentRepository,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(NEW_CONTENT_QUEUE, '0 * * * *', () => this.run().then(() => {}));
  }

  /**
   * Announces what went live after the last batch and by `now`; returns how many people were
   * told (nobody twice in an hour). The first batch ever looks back an hour.
   */
  run(now = new Date()): Promise<number> {
    return this.transactions.run(async (manager) => {
      const since = await this.repository.lockAnnouncedUntil(
        new Date(now.getTime() - HOUR_MS),
        manager,
      );
      if (since >= now) return 0;
      const items = await this.repository.wentLive(since, now, manager);
      let told = 0;
      for (let after = FIRST_ID; items.length > 0;) {
        const people = await this.repository.enrolledPeople(after, NEW_CONTENT_BATCH, manager);
        for (const [count, recipients] of countsFor(people, items, now)) {
          told += await this.notifications.notify(
            {
              kind: 'content.new',
              recipients,
              params: { count },
              link: FEED_LINK,
              key: `content.new:${hourOf(now)}`,
            },
            manager,
          );
        }
        if (people.length < NEW_CONTENT_BATCH) break;
        after = people[people.length - 1].id;
      }
      await this.repository.markAnnounced(now, manager);
      return told;
    });
  }
}

/** The people with new items for them, grouped by how many (one notification per count). */
function countsFor(people: EnrolledPerson[], items: NewItem[], now: Date): Map<number, string[]> {
  const byCount = new Map<number, string[]>();
  for (const person of people) {
    const count = items.filter((item) => isVisible(item, person, now.getTime())).length;
    if (count === 0) continue;
    const recipients = byCount.get(count);
    if (recipients) recipients.push(person.id);
    else byCount.set(count, [person.id]);
  }
  return byCount;
}
