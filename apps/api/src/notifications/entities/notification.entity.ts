import type { NotificationKind } from '@chorus/core';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../../users/entities/user.entity';

/**
 * Something Chorus told one person, shown in the bell and on the notifications page. Its words
 * are the catalogue message `notifications:<kind>` with `params`, in the reader's language.
 */
@Entity('notifications')
@Index('notifications_user_dedupe_key', ['userId', 'dedupeKey'], { unique: true })
@Index('notifications_user_created', ['userId', 'createdAt'])
// The unread count runs on every page load: it reads this small index only.
@Index('notifications_unread', ['userId'], { where: '"read_at" IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  /** The parameters of the catalogue message. */
  @Column({ type: 'jsonb', default: {} })
  params: Record<string, string | number>;

  /** A portal path, such as `/content/<id>`. */
  @Column({ type: 'varchar', length: 500 })
  link: string;

  /** One notification per person and key: telling twice of the same event keeps the first. */
  @Column({ type: 'varchar', length: 200 })
  dedupeKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
