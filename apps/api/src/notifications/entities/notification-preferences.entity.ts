import type { DigestFrequency, NotificationChannel, NotificationKind } from '@chorus/core';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../../users/entities/user.entity';

/**
 * How one person wants to hear from Chorus. A person without a row has the defaults; `channels`
 * holds only the kinds they chose themselves, so the admin's defaults apply to the others.
 */
@Entity('notification_preferences')
@Check('notification_preferences_digest_weekday', `"digest_weekday" BETWEEN 1 AND 7`)
@Check('notification_preferences_digest_hour', `"digest_hour" BETWEEN 0 AND 23`)
@Check(
  'notification_preferences_quiet_hours',
  `("quiet_start" IS NULL AND "quiet_end" IS NULL) OR ("quiet_start" BETWEEN 0 AND 23 AND "quiet_end" BETWEEN 0 AND 23)`,
)
@Check('notification_preferences_channels_object', `jsonb_typeof("channels") = 'object'`)
export class NotificationPreferences {
  @PrimaryColumn('uuid')
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'jsonb', default: {} })
  channels: Partial<Record<NotificationKind, NotificationChannel>>;

  @Column({ type: 'varchar', length: 10, default: 'weekly' })
  digestFrequency: DigestFrequency;

  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  @Column({ type: 'smallint', default: 1 })
  digestWeekday: number;

  /** Local hour, 0–23. */
  @Column({ type: 'smallint', default: 9 })
  digestHour: number;

  /** Quiet from this local hour … */
  @Column({ type: 'smallint', nullable: true })
  quietStart: number | null;

  /** … until this one (may wrap midnight); both null without quiet hours. */
  @Column({ type: 'smallint', nullable: true })
  quietEnd: number | null;

  /** Null: the organisation's time zone. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  timeZone: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
