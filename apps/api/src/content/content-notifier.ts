import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  checkContentAction,
  CONTENT_CURATOR_ROLES,
  type ContentAction,
  type ContentActionSubject,
  type ContentWorkflowSettings,
} from '@chorus/core';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersRepository } from '../users/users.repository';
import type { ContentItem } from './entities/content-item.entity';

/** Where a curator reads and decides on an item. */
export const contentLink = (itemId: string) => `/content/${itemId}`;

/** How a notification names an item: its title, else its address. */
const named = (item: Pick<ContentItem, 'title' | 'url'>) => item.title ?? item.url;

/**
 * Tells curators about the workflow, in the transaction of the step: an item waiting for their
 * review, and their item approved or rejected.
 */
@Injectable()
export class ContentNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  /** Tells whom the step `action` that `actorId` just took on `item` concerns, if anyone. */
  async stepTaken(
    action: ContentAction,
    item: ContentItem,
    subject: ContentActionSubject,
    actorId: string,
    settings: ContentWorkflowSettings,
    manager: EntityManager,
  ): Promise<void> {
    // The step's moment, as saved: taking the same step again is a new moment.
    const step = `${item.id}:${item.updatedAt.toISOString()}`;
    if (action === 'submit') await this.submitted(item, subject, actorId, settings, step, manager);
    if (action === 'approve') await this.decided(item, 'approved', actorId, step, manager);
    if (action === 'reject') await this.decided(item, 'rejected', actorId, step, manager);
  }

  /**
   * `item` was just submitted by `submitterId`: everyone who may approve it now (the workflow
   * rule decides, four-eyes included) except the submitter.
   */
  private async submitted(
    item: ContentItem,
    subject: ContentActionSubject,
    submitterId: string,
    settings: ContentWorkflowSettings,
    step: string,
    manager: EntityManager,
  ): Promise<void> {
    const curators = await this.users.activeWithAnyRole(CONTENT_CURATOR_ROLES, manager);
    const reviewers = curators.filter(
      (person) =>
        person.id !== submitterId &&
        checkContentAction('approve', subject, person, settings).allowed,
    );
    await this.notifications.notify(
      {
        kind: 'content.review',
        recipients: reviewers.map((person) => person.id),
        params: { title: named(item) },
        link: contentLink(item.id),
        key: `content.review:${step}`,
      },
      manager,
    );
  }

  /**
   * `item` was just approved or rejected by `deciderId`: its author, and whoever submitted it if
   * someone else, unless they decided themselves.
   */
  private async decided(
    item: ContentItem,
    decision: 'approved' | 'rejected',
    deciderId: string,
    step: string,
    manager: EntityManager,
  ): Promise<void> {
    const submitterId = await this.audit.lastActorOf('content.submitted', item.id, manager);
    const recipients = new Set([item.authorId, submitterId]);
    recipients.delete(deciderId);
    recipients.delete(null);
    await this.notifications.notify(
      {
        kind: 'content.decided',
        recipients: [...recipients] as string[],
        params: {
          title: named(item),
          decision,
          reason: decision === 'rejected' ? (item.rejectionReason ?? '') : '',
        },
        link: contentLink(item.id),
        key: `content.decided:${step}`,
      },
      manager,
    );
  }
}
