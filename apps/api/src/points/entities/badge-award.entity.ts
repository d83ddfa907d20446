import type { Badge } from '@chorus/core';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

/**
 * A badge a person earned. Kept once earned; `notifiedAt` says the person was told (badges found
 * long after they were earned, as after an upgrade, are recorded without a notification).
 */
@Entity('badge_awards')
export class BadgeAward {
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  badge: Badge;

  @Column({ type: 'timestamptz' })
  earnedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  notifiedAt: Date | null;
}
