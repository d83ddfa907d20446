import { Injectable } from '@nestjs/common';
import { addMonths, monthStart } from '@chorus/core';
import { PointsService } from '../points/points.service';
import type { ClickRecord } from './click-record';
import { ClicksRepository } from './clicks.repository';

/**
 * The storage of click events: monthly partitions (created ahead and on demand, dropped whole
 * after the retention period) and the recent visitor hashes that keep unique counts
 * incremental. The bulk loader (seed:load) calls the migration's SQL functions directly; the demo
 * writes through ClicksRepository, as the click writer does.
 * Writing is idempotent: an event whose id is already stored is neither stored nor counted again.
 */
@Injectable()
export class ClickStorage {
  /** Months whose partition this replica knows to exist. */
  private readonly months = new Set<string>();

  constructor(
    private readonly clicks: ClicksRepository,
    private readonly points: PointsService,
  ) {}

  /** Makes sure the partitions for the months of these days exist. */
  async ensurePartitions(days: Iterable<string>): Promise<void> {
    const missing = [...new Set([...days].map(monthStart))].filter(
      (month) => !this.months.has(month),
    );
    for (const month of missing.sort()) {
      await this.clicks.createPartition(month);
      this.months.add(month);
    }
  }

  /**
   * Writes a batch of events and adds the ones not written before to the rollups, in one
   * statement: both are written or neither. Returns how many were new.
   */
  async writeClicks(batch: ClickRecord[]): Promise<number> {
    if (batch.length === 0) return 0;
    await this.ensurePartitions(batch.map((click) => click.day));
    const written = await this.clicks.writeBatch(batch);
    // A statement of its own after the batch: the sharers' points count the new clicks. Should
    // it fail (or the process stop in between), the batch is written again, counting nothing
    // twice but marking its sharers again: so they are marked whether or not it wrote anything.
    await this.points.markSharesStale(
      batch.filter((click) => click.kind === 'click').map((click) => click.shareId),
    );
    return written;
  }

  /** Marks each share verified at its time, unless it already was. */
  async markVerified(verified: Map<string, number>): Promise<void> {
    if (verified.size === 0) return;
    await this.clicks.markVerified(verified);
    await this.points.markSharesStale(verified.keys());
  }

  /** Partitions for this month and the next, so that the first click of a month waits for none. */
  ensureUpcoming(today: string): Promise<void> {
    return this.ensurePartitions([today, addMonths(today, 1)]);
  }

  /**
   * Drops the months of raw events before the month `months` months before today's, so that
   * every event is kept at least `months` months; the rollups of those days stay. Returns the
   * partitions dropped.
   */
  async applyRetention(months: number, today: string): Promise<string[]> {
    const firstKept = addMonths(today, -months);
    const partitions = await this.clicks.partitionNames();
    const dropped: string[] = [];
    for (const { name } of partitions) {
      const match = /^click_events_(\d{4})_(\d{2})$/.exec(name);
      const month = match ? `${match[1]}-${match[2]}-01` : undefined;
      if (!month || month >= firstKept) continue;
      await this.clicks.dropPartition(name);
      this.months.delete(month);
      dropped.push(name);
    }
    return dropped;
  }

  /** Forgets visitor hashes of days before `today`: with their salt gone they never recur. */
  async forgetPastVisitors(today: string): Promise<number> {
    return this.clicks.forgetVisitorsBefore(today);
  }
}
