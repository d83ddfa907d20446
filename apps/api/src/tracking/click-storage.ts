import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addMonths, monthStart } from '@chorus/core';

/**
 * The storage of click events: monthly partitions (created ahead and on demand, dropped whole
 * after the retention period) and the recent visitor hashes that keep unique counts
 * incremental. Bulk loaders (the demo, seed:load) call the migration's SQL functions directly.
 */
@Injectable()
export class ClickStorage {
  /** Months whose partition this replica knows to exist. */
  private readonly months = new Set<string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Makes sure the partitions for the months of these days exist. */
  async ensurePartitions(days: Iterable<string>): Promise<void> {
    const missing = [...new Set([...days].map(monthStart))].filter(
      (month) => !this.months.has(month),
    );
    for (const month of missing.sort()) {
      await this.dataSource.query('SELECT chorus_click_partition($1::date)', [month]);
      this.months.add(month);
    }
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
    const partitions = await this.dataSource.query<{ name: string }[]>(
      `SELECT child.relname AS name FROM pg_inherits
         JOIN pg_class child ON child.oid = pg_inherits.inhrelid
        WHERE pg_inherits.inhparent = 'click_events'::regclass ORDER BY child.relname`,
    );
    const dropped: string[] = [];
    for (const { name } of partitions) {
      const match = /^click_events_(\d{4})_(\d{2})$/.exec(name);
      const month = match ? `${match[1]}-${match[2]}-01` : undefined;
      if (!month || month >= firstKept) continue;
      await this.dataSource.query(`DROP TABLE "${name}"`);
      this.months.delete(month);
      dropped.push(name);
    }
    return dropped;
  }

  /** Forgets visitor hashes of days before `today`: with their salt gone they never recur. */
  async forgetPastVisitors(today: string): Promise<number> {
    const [{ removed }] = await this.dataSource.query<{ removed: number }[]>(
      `WITH gone AS (DELETE FROM recent_visitors WHERE day < $1 RETURNING 1)
       SELECT count(*)::int AS removed FROM gone`,
      [today],
    );
    return removed;
  }
}
