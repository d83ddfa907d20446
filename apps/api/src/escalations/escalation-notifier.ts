import { Injectable } from '@nestjs/common';
import { reportPagePath } from '@chorus/core';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import type { EscalationEventKind } from './entities/escalation-event.entity';
import type { Escalation } from './entities/escalation.entity';

/** Where a reporter follows their reports (the team works one at reportPagePath). */
export const REPORTS_LINK = '/reports';

/**
 * Tells the people a report concerns what the team did with it, in the transaction of the
 * change: the reporter of a new status, the assignee of their assignment; never the person who
 * made the change.
 */
@Injectable()
export class EscalationNotifier {
  constructor(private readonly notifications: NotificationsService) {}

  async changed(
    escalation: Escalation,
    /** What changed: the kinds of the timeline events the change wrote. */
    changes: readonly EscalationEventKind[],
    actorId: string,
    manager: EntityManager,
  ): Promise<void> {
    // The change's moment, as saved: the same change told again is the same notification.
    const at = escalation.updatedAt.toISOString();
    const { id, reporterId, assigneeId } = escalation;
    if (changes.includes('status') && reporterId && reporterId !== actorId) {
      await this.notifications.notify(
        {
          kind: 'report.status',
          recipients: [reporterId],
          params: { status: escalation.status },
          link: REPORTS_LINK,
          key: `report.status:${id}:${escalation.status}:${at}`,
        },
        manager,
      );
    }
    if (changes.includes('assignment') && assigneeId && assigneeId !== actorId) {
      await this.notifications.notify(
        {
          kind: 'report.assigned',
          recipients: [assigneeId],
          params: { network: escalation.network },
          link: reportPagePath(id),
          key: `report.assigned:${id}:${assigneeId}:${at}`,
        },
        manager,
      );
    }
  }
}
