import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from '../../users/entities/user.entity';

/**
 * One digest queued for one person for one period: the row that makes the digest job
 * idempotent (one per person and period, however often and on however many replicas the job
 * runs), and the record of which items it offered, so that the next one says something new.
 */
@Entity('digests')
@Unique('digests_user_period_key', ['userId', 'periodStart'])
export class Digest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** The scheduled instant (the person's weekday and hour in their time zone) it is for. */
  @Column({ type: 'timestamptz' })
  periodStart: Date;

  @Column({ type: 'timestamptz' })
  sentAt: Date;

  /** The items it offered, in its order. */
  @Column({ type: 'uuid', array: true })
  itemIds: string[];
}
