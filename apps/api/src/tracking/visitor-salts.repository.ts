import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The daily salts of visitor hashes, one per calendar day, shared by every replica. */
@Injectable()
export class VisitorSaltsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores `salt` as the day's, unless another replica stored one first. */
  async insertIfMissing(day: string, salt: Buffer): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO visitor_salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING',
      [day, salt],
    );
  }

  /** The day's salt. */
  async saltOf(day: string): Promise<Buffer> {
    const [row] = await this.dataSource.query<{ salt: Buffer }[]>(
      'SELECT salt FROM visitor_salts WHERE day = $1',
      [day],
    );
    return row.salt;
  }

  /** Deletes the salts of the days before `day`; returns how many. */
  async deleteBefore(day: string): Promise<number> {
    const [{ removed }] = await this.dataSource.query<{ removed: number }[]>(
      `WITH gone AS (DELETE FROM visitor_salts WHERE day < $1 RETURNING day)
       SELECT count(*)::int AS removed FROM gone`,
      [day],
    );
    return removed;
  }
}
