import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  localDate,
  POINT_RULES,
  recognitionPeriodDays,
  type RecognitionPeriod,
} from '@chorus/core';
import { SettingsService } from '../settings/settings.service';
import type { MyPointsDto } from './dto/points.dto';
import { Clock } from '../common/clock';
import { Transactions } from '../database/transactions';
import { JobsService } from '../jobs/jobs.service';
import { PointsRepository } from './points.repository';
import { BadgeNotifier } from './badge-notifier';
import { recountBatch, RECOUNT_BATCH, type RecountResult } from './recount.repository';

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
    private readonly settings: SettingsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(POINTS_RECOUNT_QUEUE, '* * * * *', async () => {
      await this.recountStale();
    });
    // People marked before this start (an upgrade's first count, or a crash) are counted soon.
    if (await this.points.anyStale()) await this.requestRecount();
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
    await this.requestRecount(manager);
  }

  /** Marks the people who made these shares (clicks written, shares verified). */
  async markSharesStale(shareIds: Iterable<string>): Promise<void> {
    const ids = [...new Set(shareIds)];
    if (ids.length === 0) return;
    await this.points.markSharersStale(ids);
    await this.requestRecount();
  }

  /** Recounts the named people now if they are stale: before serving their own figures. */
  async refresh(userIds: readonly string[]): Promise<void> {
    const stale = await this.points.staleAmong(userIds);
    if (stale.length === 0) return;
    for (let start = 0; start < stale.length; start += RECOUNT_BATCH) {
      await this.recountInTransaction(stale.slice(start, start + RECOUNT_BATCH));
    }
  }

  /** A person's points in a period (organisation days), per rule, and every badge they earned. */
  async mine(userId: string, period: RecognitionPeriod): Promise<MyPointsDto> {
    await this.refresh([userId]);
    const { timeZone } = await this.settings.get();
    const days = recognitionPeriodDays(period, localDate(this.clock.now().getTime(), timeZone));
    const totals = await this.points.ruleTotals(userId, days.from, days.to);
    const rules = POINT_RULES.map((rule) => {
      const found = totals.find((total) => total.rule === rule);
      return { rule, points: found?.points ?? 0, count: found?.count ?? 0 };
    });
    const badges = await this.points.badgesOf(userId);
    return {
      period: days,
      total: rules.reduce((sum, rule) => sum + rule.points, 0),
      rules,
      badges: badges.map(({ badge, earnedAt }) => ({
        badge,
        earnedAt: new Date(earnedAt).toISOString(),
      })),
    };
  }

  /** Recounts everyone with facts (after the demo is seeded, or a bulk load). */
  async recountEveryone(): Promise<number> {
    const everyone = await this.points.peopleWithFacts();
    for (let start = 0; start < everyone.length; start += RECOUNT_BATCH) {
      await this.recountInTransaction(everyone.slice(start, start + RECOUNT_BATCH));
    }
    return everyone.length;
  }

  /** Recounts stale people, oldest marks first, a batch per transaction, until none are left. */
  async recountStale(): Promise<{ people: number; awards: number }> {
    const started = Date.now();
    const total = { people: 0, awards: 0 };
    while (Date.now() - started < RUN_BUDGET_MS) {
      const batch = await this.points.oldestStale(RECOUNT_BATCH);
      if (batch.length === 0) break;
      const result = await this.recountInTransaction(batch);
      total.people += result.people;
      total.awards += result.awards;
    }
    if (total.people > 0) this.logger.log(`Recounted the points of ${total.people} people`);
    return total;
  }

  private recountInTransaction(userIds: readonly string[]): Promise<RecountResult> {
    return this.transactions.run(async (manager) => {
      const result = await recountBatch(manager, userIds);
      await this.badges.announce(result.newBadges, this.clock.now(), manager);
      return result;
    });
  }

  /** Queues a recount of everyone stale (in `manager`'s transaction when given). */
  async requestRecount(manager?: EntityManager): Promise<void> {
    await this.jobs.send(POINTS_RECOUNT_QUEUE, {}, { singletonKey: POINTS_RECOUNT_QUEUE, manager });
  }
}
