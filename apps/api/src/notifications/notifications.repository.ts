import type { NotificationKind } from '@chorus/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { Notification } from './entities/notification.entity';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  params: Record<string, string | number>;
  link: string;
  dedupeKey: string;
}

/** The unread count stops here: the bell says "99+" beyond, and counting stays cheap. */
export const UNREAD_COUNT_CAP = 100;

/** What Chorus told each person, read or not. */
@Injectable()
export class NotificationsRepository {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
  ) {}

  /**
   * Writes the notifications; one a person already has under the same dedupe key is left as it
   * is. Returns the rows written (id and person), not those skipped.
   */
  async insertNew(
    rows: readonly NewNotification[],
    manager: EntityManager = this.notifications.manager,
  ): Promise<Array<{ id: string; userId: string }>> {
    if (rows.length === 0) return [];
    const written: Array<{ id: string; userId: string }> = [];
    // PostgreSQL takes at most 65,535 parameters a statement: 5 a row.
    for (let start = 0; start < rows.length; start += 5_000) {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values(rows.slice(start, start + 5_000) as Partial<Notification>[])
        .orIgnore()
        .returning(['id', 'userId'])
        .execute();
      for (const row of result.raw as Array<{ id: string; user_id: string }>) {
        written.push({ id: row.id, userId: row.user_id });
      }
    }
    return written;
  }

  /** A person's notifications, newest first. */
  findPage(
    userId: string,
    page: number,
    pageSize: number,
    manager: EntityManager = this.notifications.manager,
  ): Promise<[Notification[], number]> {
    return manager.findAndCount(Notification, {
      where: { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  /**
   * How many notifications the person has not read, up to UNREAD_COUNT_CAP: an index-only
   * scan of the partial index of unread rows, stopping at the cap.
   */
  async countUnread(
    userId: string,
    manager: EntityManager = this.notifications.manager,
  ): Promise<number> {
    const [row] = (await manager.query(COUNT_UNREAD, [userId, UNREAD_COUNT_CAP])) as Array<{
      count: number;
    }>;
    return row.count;
  }

  /** Marks the person's notifications among `ids` read (others' are left alone). */
  async markRead(
    userId: string,
    ids: readonly string[],
    at: Date,
    manager: EntityManager = this.notifications.manager,
  ): Promise<void> {
    if (ids.length === 0) return;
    await manager.update(
      Notification,
      { userId, id: In([...ids]), readAt: IsNull() },
      { readAt: at },
    );
  }

  /** Marks every notification of the person read. */
  async markAllRead(
    userId: string,
    at: Date,
    manager: EntityManager = this.notifications.manager,
  ): Promise<void> {
    await manager.update(Notification, { userId, readAt: IsNull() }, { readAt: at });
  }
}

/** The statement of countUnread, also explained by `npm run bench:notifications`. */
export const COUNT_UNREAD = `
  SELECT count(*)::int AS count
  FROM (
    SELECT 1 FROM notifications
    WHERE user_id = $1 AND read_at IS NULL
    LIMIT $2
  ) AS unread`;
