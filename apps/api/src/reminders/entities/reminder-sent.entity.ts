import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { NotificationKind } from '@chorus/core';
import { User } from '../../users/entities/user.entity';

/**
 * A reminder the job sent a person, at the job's time: what keeps each reminder to its window
 * (one share reminder in N days, one review reminder a day, each policy step once), whatever
 * the person's preferences made of it. The key is unique per person, so two runs at once send
 * one reminder.
 */
@Entity('reminders_sent')
@Index(['userId', 'kind', 'sentAt'])
export class ReminderSent {
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** The notification's dedupe key, such as `reminder.policy:2:10`. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  @Column({ type: 'timestamptz' })
  sentAt: Date;
}
