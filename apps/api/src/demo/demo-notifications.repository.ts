import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The demo's history of notifications: when each was told, and read. */
@Injectable()
export class DemoNotificationsRepository {
  /** Dates the person's notification under `key` as told at `at` and read at `readAt`. */
  async date(
    userId: string,
    key: string,
    at: Date,
    readAt: Date | null,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE notifications SET created_at = $3, read_at = $4
        WHERE user_id = $1 AND dedupe_key = $2`,
      [userId, key, at, readAt],
    );
  }
}
