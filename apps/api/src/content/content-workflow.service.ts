import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { actionsFrom, nextStatus, type ContentAction } from '@chorus/core';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { SettingsService } from '../settings/settings.service';
import { describeStatus } from './content-rules';
import { ContentItem } from './entities/content-item.entity';
import { ContentVariant } from './entities/content-variant.entity';

const AUDIT_ACTION = {
  submit: 'content.submitted',
  approve: 'content.approved',
  reject: 'content.rejected',
  archive: 'content.archived',
} as const;

/** Moves items through draft -> in review -> approved -> archived, and nowhere else. */
@Injectable()
export class ContentWorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
  ) {}

  async act(id: string, action: ContentAction, actor: AuditActor, reason?: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const item = await manager.findOne(ContentItem, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!item) throw new DomainError('not_found', `No content item with id ${id}.`);
      const to = nextStatus(item.status, action);
      if (!to) {
        const open = actionsFrom(item.status);
        throw new DomainError(
          'illegal_transition',
          `This item is ${describeStatus(item.status)}, so it cannot be ${PAST[action]}. ${
            open.length
              ? `From here it can be: ${open.map((a) => PAST[a]).join(', ')}.`
              : 'Nothing more can happen to it.'
          }`,
        );
      }
      const from = item.status;
      if (action === 'submit' && item.duplicateOfId) {
        throw new DomainError(
          'conflict',
          'This page is already another item (its canonical address says so). Archive this one and use that one.',
          {},
          { id: item.duplicateOfId },
        );
      }
      if (action === 'submit') {
        const variants = await manager.countBy(ContentVariant, { itemId: id });
        if (variants === 0) {
          throw new DomainError(
            'unprocessable',
            'Add at least one suggested post before submitting the item for review.',
          );
        }
        item.rejectionReason = null;
      }
      if (action === 'approve') {
        const { fourEyesApproval } = await this.settings.get();
        if (fourEyesApproval && item.authorId === actor.id) {
          throw new DomainError(
            'four_eyes',
            'Four-eyes approval is on: someone other than the author must approve this item.',
          );
        }
        item.approverId = actor.id;
        item.approvedAt = new Date();
      }
      if (action === 'reject') item.rejectionReason = reason ?? null;
      item.status = to;
      await manager.save(item);
      await this.audit.record(
        {
          actor,
          action: AUDIT_ACTION[action],
          target: { type: 'content', id: item.id, label: item.title ?? item.url },
          summary: { from, to, ...(reason ? { reason } : {}) },
        },
        manager,
      );
    });
  }
}

const PAST: Record<ContentAction, string> = {
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
  archive: 'archived',
};
