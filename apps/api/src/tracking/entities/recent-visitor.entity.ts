import { Entity, PrimaryColumn } from 'typeorm';

/**
 * The visitor hashes already counted for a share on a recent day, so that each batch of clicks
 * adds only new visitors to the day's unique count. Hashes change with the daily salt, so past
 * days' rows can never match again: housekeeping deletes them.
 */
@Entity('recent_visitors')
export class RecentVisitor {
  @PrimaryColumn({ type: 'uuid' })
  shareId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  visitor: string;
}
