import type { PointRuleName } from '@chorus/core';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

/**
 * One award of points to a person, derived from their facts by a recount: the rows of a person
 * are replaced wholesale, never added to, so they always equal what the facts earn.
 */
@Entity('point_awards')
@Index(['userId', 'day'])
@Index(['day'])
export class PointAwardRow {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'varchar', length: 20 })
  rule: PointRuleName;

  /** The organisation day of the fact. */
  @Column({ type: 'date' })
  day: string;

  /** The fact's moment (for clicks, the start of the day their total crossed a step). */
  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'integer' })
  points: number;

  /** The shared or suggested item (no foreign key: awards are rebuilt, items may go). */
  @Column({ type: 'uuid', nullable: true })
  itemId: string | null;

  @Column({ type: 'smallint', nullable: true })
  stage: number | null;
}
