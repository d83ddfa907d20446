import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CONTENT_CURATOR_ROLES } from '@chorus/core';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersRepository } from '../users/users.repository';
import type { ContentSource } from './entities/content-source.entity';

/** After this many failed polls in a row, curators hear that a source is failing. */
export const SOURCE_FAILING_AFTER = 3;

/** Where curators look after their feeds. */
export const SOURCES_LINK = '/sources';

/** Tells curators of a source that keeps failing: once per streak of failures. */
@Injectable()
export class SourceNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly users: UsersRepository,
  ) {}

  /**
   * A poll of `source` just failed, the `failures`th in a row. The streak is the one since its
   * last success, which names it: the same streak never notifies twice.
   */
  async pollFailed(source: ContentSource, failures: number, manager: EntityManager) {
    if (failures !== SOURCE_FAILING_AFTER) return;
    const curators = await this.users.activeWithAnyRole(CONTENT_CURATOR_ROLES, manager);
    const streak = source.lastSuccessAt?.toISOString() ?? 'never';
    await this.notifications.notify(
      {
        kind: 'source.failing',
        recipients: curators.map((curator) => curator.id),
        params: { source: source.title ?? source.url, failures },
        link: SOURCES_LINK,
        key: `source.failing:${source.id}:${streak}`,
      },
      manager,
    );
  }
}
