import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row whose number grows whenever content, its topics, targets or campaigns change
 * (database triggers keep it). Every replica compares it with the catalogue it holds in memory.
 */
@Entity('content_revision')
export class ContentRevision {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  @Column({ type: 'bigint', default: 0 })
  revision: string;
}
