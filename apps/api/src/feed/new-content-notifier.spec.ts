import type { EntityManager } from 'typeorm';
import type { Transactions } from '../database/transactions';
import type { JobsService } from '../jobs/jobs.service';
import type {
  NotificationInput,
  NotificationsService,
} from '../notifications/notifications.service';
import { NEW_CONTENT_BATCH, NewContentNotifier } from './new-content-notifier';
import type { EnrolledPerson, NewContentRepository, NewItem } from './new-content.repository';

const NOW = new Date('2026-12-07T09:00:00Z');

const item = (overrides: Partial<NewItem> = {}): NewItem => ({
  id: 'item',
  publishAt: null,
  expiresAt: null,
  languages: [],
  departmentIds: [],
  locationIds: [],
  ...overrides,
});

/** `count` enrolled people with ids in order; every third one reads Danish. */
function people(count: number): EnrolledPerson[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `00000000-0000-0000-0000-${String(index + 1).padStart(12, '0')}`,
    departmentId: null,
    locationId: null,
    language: index % 3 === 0 ? 'da' : 'en',
  }));
}

/** The job over a database of `everyone` and `items`, keeping what it reads and tells. */
function batchOver(everyone: EnrolledPerson[], items: NewItem[]) {
  const manager = {} as EntityManager;
  const pagesRead: string[] = [];
  const told: NotificationInput[] = [];
  let announcedUntil = new Date(NOW.getTime() - 3_600_000);
  const repository = {
    lockAnnouncedUntil: async () => announcedUntil,
    markAnnounced: async (until: Date) => {
      announcedUntil = until;
    },
    wentLive: async () => items,
    enrolledPeople: async (afterId: string, limit: number) => {
      pagesRead.push(afterId);
      return everyone.filter((person) => person.id > afterId).slice(0, limit);
    },
  } as unknown as NewContentRepository;
  const transactions = {
    run: (work: (manager: EntityManager) => Promise<unknown>) => work(manager),
  } as unknown as Transactions;
  const notifications = {
    notify: async (input: NotificationInput, given?: EntityManager) => {
      expect(given).toBe(manager);
      told.push(input);
      return input.recipients.length;
    },
  } as unknown as NotificationsService;
  const job = new NewContentNotifier(transactions, repository, notifications, {} as JobsService);
  return { run: () => job.run(NOW), pagesRead, told, announced: () => announcedUntil };
}

describe('the hourly new-content batch', () => {
  it('reads people a batch at a time and tells each how many items are for them', async () => {
    const everyone = people(NEW_CONTENT_BATCH * 2 + 5);
    const danish = item({ id: 'danish', languages: ['da'] });
    const batch = batchOver(everyone, [item({ id: 'all' }), danish]);

    expect(await batch.run()).toBe(everyone.length);

    expect(batch.pagesRead).toEqual([
      '00000000-0000-0000-0000-000000000000',
      everyone[NEW_CONTENT_BATCH - 1].id,
      everyone[NEW_CONTENT_BATCH * 2 - 1].id,
    ]);
    // One notification call per batch and count, each person in exactly one.
    expect(batch.told).toHaveLength(6);
    const countOf = new Map<string, unknown>();
    for (const input of batch.told) {
      expect(input).toMatchObject({
        kind: 'content.new',
        link: '/',
        key: 'content.new:2026-12-07T09',
      });
      for (const id of input.recipients) {
        expect(countOf.has(id)).toBe(false);
        countOf.set(id, input.params.count);
      }
    }
    expect(countOf.get(everyone[0].id)).toBe(2);
    expect(countOf.get(everyone[1].id)).toBe(1);
    expect(batch.announced()).toEqual(NOW);
  });

  it('reads nobody when nothing went live, and moves on', async () => {
    const batch = batchOver(people(10), []);
    expect(await batch.run()).toBe(0);
    expect(batch.pagesRead).toEqual([]);
    expect(batch.told).toEqual([]);
    expect(batch.announced()).toEqual(NOW);
  });
});
