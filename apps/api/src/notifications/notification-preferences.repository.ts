import type { Role } from '@chorus/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { NotificationPreferences } from './entities/notification-preferences.entity';

/** A person a notification may go to, with what decides whether and how it does. */
export interface NotificationRecipient {
  id: string;
  email: string;
  name: string;
  language: string;
  roles: Role[];
  /** Whether the person is in the advocacy programme (nudges go to them only). */
  enrolled: boolean;
  /** Their preferences; null while they have none of their own. */
  preferences: NotificationPreferences | null;
}

/** How each person wants to hear from Chorus. */
@Injectable()
export class NotificationPreferencesRepository {
  constructor(
    @InjectRepository(NotificationPreferences)
    private readonly preferences: Repository<NotificationPreferences>,
  ) {}

  findByUser(
    userId: string,
    manager: EntityManager = this.preferences.manager,
  ): Promise<NotificationPreferences | null> {
    return manager.findOneBy(NotificationPreferences, { userId });
  }

  /** The person's preferences, locked until the transaction ends (a change reads, then writes). */
  findByUserForChange(
    userId: string,
    manager: EntityManager,
  ): Promise<NotificationPreferences | null> {
    return manager.findOne(NotificationPreferences, {
      where: { userId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Writes the person's preferences whole (a row of their own from now on). */
  async save(
    preferences: Omit<NotificationPreferences, 'updatedAt' | 'user'>,
    manager: EntityManager = this.preferences.manager,
  ): Promise<void> {
    await manager.upsert(NotificationPreferences, preferences, ['userId']);
  }

  /**
   * Of `userIds`, the active people, with their enrollment in the programme and their
   * preferences: one statement however many they are.
   */
  async findActiveRecipients(
    userIds: readonly string[],
    manager: EntityManager = this.preferences.manager,
  ): Promise<NotificationRecipient[]> {
    if (userIds.length === 0) return [];
    const rows = (await manager.query(
      `SELECT u.id, u.email, u.name, u.language, u.roles::text[] AS roles,
              e.user_id IS NOT NULL AS enrolled,
              p.user_id AS preferences_user_id, p.channels, p.digest_frequency, p.digest_weekday,
              p.digest_hour, p.quiet_start, p.quiet_end, p.time_zone, p.updated_at
       FROM users u
       LEFT JOIN enrollments e ON e.user_id = u.id
       LEFT JOIN notification_preferences p ON p.user_id = u.id
       WHERE u.id = ANY($1::uuid[]) AND u.status = 'active'`,
      [userIds],
    )) as RecipientRow[];
    return rows.map((row) => ({
      id: row.id,
      email: row.email,
      name: row.name,
      language: row.language,
      roles: row.roles,
      enrolled: row.enrolled,
      preferences: row.preferences_user_id
        ? {
            userId: row.preferences_user_id,
            channels: row.channels,
            digestFrequency: row.digest_frequency,
            digestWeekday: row.digest_weekday,
            digestHour: row.digest_hour,
            quietStart: row.quiet_start,
            quietEnd: row.quiet_end,
            timeZone: row.time_zone,
            updatedAt: row.updated_at,
          }
        : null,
    }));
  }
}

interface RecipientRow {
  id: string;
  email: string;
  name: string;
  language: string;
  roles: Role[];
  enrolled: boolean;
  preferences_user_id: string | null;
  channels: NotificationPreferences['channels'];
  digest_frequency: NotificationPreferences['digestFrequency'];
  digest_weekday: number;
  digest_hour: number;
  quiet_start: number | null;
  quiet_end: number | null;
  time_zone: string | null;
  updated_at: Date;
}
