import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { Transactions } from '../database/transactions';
import { JobsService } from '../jobs/jobs.service';
import { PointsRepository } from './points.repository';
import { BadgeNotifier } from './badge-notifier';
import {
  recountBatch,
  RECOUNT_BATCH,
  type RecountContext,
  type RecountResult,
} from './recount.repository';

/** The queue of recounts: sent when people are marked stale, and ticked every minute. */
export const POINTS_RECOUNT_QUEUE = 'points.recount';

/** How long one run of the queue works before it lets the next tick go on. */
const RUN_BUDGET_MS = 50_000;

/**
 * Points are derived: whoever changes a fact marks its person stale (in the same transaction),
 * and the recount queue replaces their awards from their facts, a batch of people per
 * transaction. A person's own figures are refreshed before they are served.
 */
@Injectable()
export class PointsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PointsService.name);

  constructor(
    private readonly points: PointsRepository,
    private readonly transactions: Transactions,
    private readonly jobs: JobsService,
    private readonly badges: BadgeNotifier,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(POINTS_RECOUNT_QUEUE, '* * * * *', async () => {
      await this.recountStale();
    });
    // People marked before this start (an upgrade's first count, or a crash) are counted soon.
    if (await this.points.anyStale()) await this.queueRecount();
  }

  /**
   * Marks people whose facts changed, in the transaction that changes them (`manager`), and
   * queues a recount that runs once it commits.
   */
  async markStale(
    userIds: ReadonlyArray<string | null | undefined>,
    manager?: EntityManager,
  ): Promise<void> {
    const ids = [...new Set(userIds.filter((id): id is string => typeof id === 'string'))];
    if (ids.length === 0) return;
    await this.points.markStale(ids, manager);
    await this.queueRecount(manager);
  }

  /** Marks the people who made these shares (clicks written, shares verified). */
  async markSharesStale(shareIds: Iterable<string>): Promise<void> {
    const ids = [...new Set(shareIds)];
    if (ids.length === 0) return;
    await this.points.markSharersStale(ids);
    await this.queueRecount();
  }

  /** Recounts the named people now if they are stale: before serving their own figures. */
  async refresh(userIds: readonly string[]): Promise<void> {
    const stale = await this.points.staleAmong(userIds);
    if (stale.length === 0) return;
    const context = await this.points.recountContext();
    for (let start = 0; start < stale.length; start += RECOUNT_BATCH) {
      await this.recountInTransaction(stale.slice(start, start + RECOUNT_BATCH), context);
    }
  }

  /** Recounts stale people, oldest marks first, a batch per transaction, until none are left. */
  async recountStale(): Promise<{ people: number; awards: number }> {
    const started = Date.now();
    const total = { people: 0, awards: 0 };
    const context = await this.points.recountContext();
    while (Date.now() - started < RUN_BUDGET_MS) {
      const batch = await this.points.oldestStale(RECOUNT_BATCH);
      if (batch.length === 0) break;
      const result = await this.recountInTransaction(batch, context);
      total.people += result.people;
      total.awards += result.awards;
    }
    if (total.people > 0) this.logger.log(`Recounted the points of ${total.people} people`);
    return total;
  }

  private recountInTransaction(
    userIds: readonly string[],
    context: RecountContext,
  ): Promise<RecountResult> {
    return this.transactions.run(async (manager) => {
      const result = await recountBatch(manager, userIds, context);
      await this.badges.announce(result.newBadges, this.clock.now(), manager);
      return result;
    });
  }

  private async queueRecount(manager?: EntityManager): Promise<void> {
    await this.jobs.send(POINTS_RECOUNT_QUEUE, {}, { singletonKey: POINTS_RECOUNT_QUEUE, manager });
  }
}
