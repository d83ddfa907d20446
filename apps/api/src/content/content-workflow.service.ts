import { Injectable } from '@nestjs/common';
import {
  checkContentAction,
  checkContentActions,
  CONTENT_TRANSITIONS,
  type ContentAction,
  type ContentActionCheck,
  type ContentActionViewer,
} from '@chorus/core';
import { AuditActor, AuditService } from '../audit/audit.service';
import { ChatDeliveryService } from '../channels/chat-delivery.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { PointsService } from '../points/points.service';
import { SettingsService } from '../settings/settings.service';
import { ContentNotifier } from './content-notifier';
import { workflowRefusal, workflowSubject } from './content-rules';
import { ContentItem } from './entities/content-item.entity';
import { ContentVariantsRepository } from './content-variants.repository';
import { ContentRepository } from './content.repository';

const AUDIT_ACTION = {
  submit: 'content.submitted',
  approve: 'content.approved',
  reject: 'content.rejected',
  archive: 'content.archived',
} as const;

/** Who takes a step: named in the audit log, and checked by the workflow rule. */
export type WorkflowActor = AuditActor & ContentActionViewer;

/**
 * Moves items through draft -> in review -> approved -> archived, and nowhere else. Whether a
 * step is allowed is the libs/core rule's answer, the same one the portal shows.
 */
@Injectable()
export class ContentWorkflowService {
  constructor(
    private readonly transactions: Transactions,
    private readonly content: ContentRepository,
    private readonly variants: ContentVariantsRepository,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    private readonly notifier: ContentNotifier,
    private readonly chat: ChatDeliveryService,
    private readonly points: PointsService,
  ) {}

  /** Each step, answered for `viewer`; expects the item's variants loaded (findFull does). */
  async checks(
    item: ContentItem,
    viewer: ContentActionViewer,
  ): Promise<Record<ContentAction, ContentActionCheck>> {
    if (!item.variants) throw new Error('The workflow checks need the item with its variants.');
    const subject = workflowSubject(item, item.variants.length > 0);
    return checkContentActions(subject, viewer, await this.settings.get());
  }

  async act(
    id: string,
    action: ContentAction,
    actor: WorkflowActor,
    reason?: string,
  ): Promise<void> {
    await this.transactions.run(async (manager) => {
      const item = await this.content.findForUpdate(id, manager);
      if (!item) throw new DomainError('not_found', 'errors:content.notFound', { id });
      const variants = await this.variants.countOfItem(id, manager);
      const settings = await this.settings.get(manager);
      const check = checkContentAction(
        action,
        workflowSubject(item, variants > 0),
        actor,
        settings,
      );
      if (!check.allowed) throw workflowRefusal(check.reason, action, item);

      const from = item.status;
      const to = CONTENT_TRANSITIONS[action].to;
      if (action === 'submit') {
        item.rejectionReason = null;
        item.submittedAt = new Date();
      }
      if (action === 'approve') {
        item.approverId = actor.id;
        item.approvedAt = new Date();
      }
      if (action === 'reject') item.rejectionReason = reason ?? null;
      item.status = to;
      await this.content.save(item, manager);
      await this.audit.record(
        {
          actor: { id: actor.id, label: actor.label },
          action: AUDIT_ACTION[action],
          target: { type: 'content', id: item.id, label: item.title ?? item.url },
          summary: { from, to, ...(reason ? { reason } : {}) },
        },
        manager,
      );
      const subject = workflowSubject(item, variants > 0);
      await this.notifier.stepTaken(action, item, subject, actor.id, settings, manager);
      // Slack and Teams channels get the item once the approval commits.
      if (action === 'approve') await this.chat.itemApproved(item.id, manager);
      // The person whose suggestion it came from earns points for it.
      if (action === 'approve') {
        await this.points.markStale([(await this.content.suggesterOf(item.id))?.id], manager);
      }
    });
  }
}
