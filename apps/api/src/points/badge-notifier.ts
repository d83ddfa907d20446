import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { PointsRepository } from './points.repository';
import type { NewBadge } from './recount.repository';

/** Only badges earned this recently are announced: a first count after an upgrade floods no one. */
export const BADGE_NOTICE_DAYS = 7;

const DAY_MS = 86_400_000;

/** Tells people of badges a recount found, once each, and records that they were told. */
@Injectable()
export class BadgeNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly points: PointsRepository,
  ) {}

  async announce(found: readonly NewBadge[], now: Date, manager: EntityManager): Promise<void> {
    const recent = found.filter(
      (badge) => now.getTime() - badge.earnedAt.getTime() <= BADGE_NOTICE_DAYS * DAY_MS,
    );
    for (const { userId, badge } of recent) {
      await this.notifications.notify(
        {
          kind: 'badge.earned',
          recipients: [userId],
          params: { badge },
          link: '/points',
          key: `badge.earned:${badge}`,
        },
        manager,
      );
    }
    await this.points.markNotified(recent, now, manager);
  }
}
