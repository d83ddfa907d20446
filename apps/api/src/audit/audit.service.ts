import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DELETED_ACCOUNT_LABEL, type AuditAction, type AuditSummary } from '@chorus/core';
import { currentRequest } from '../common/request-context';
import { AuditRepository } from './audit.repository';
import { AuditQueryDto } from './dto/audit-query.dto';
import { AuditEntry } from './entities/audit-entry.entity';

/** Who did something: a person (id and how they were known then), or null for the system. */
export interface AuditActor {
  id: string;
  label: string;
}

export interface AuditTarget {
  type:
    | 'person'
    | 'group'
    | 'import'
    | 'account'
    | 'topic'
    | 'campaign'
    | 'challenge'
    | 'settings'
    | 'content'
    | 'source'
    | 'restricted_term'
    | 'policy'
    | 'training'
    | 'share'
    | 'mail'
    | 'chat_channel';
  id?: string | null;
  label?: string | null;
}

export interface NewAuditEntry {
  actor: AuditActor | null;
  action: AuditAction;
  target?: AuditTarget;
  /** Only details the portal can put in words (see AUDIT_DETAILS in @chorus/core). */
  summary?: AuditSummary;
  /** When it happened, if not now: history written afterwards (the demo's weeks of work). */
  at?: Date;
}

@Injectable()
export class AuditService {
  constructor(private readonly entries: AuditRepository) {}

  /**
   * Writes one entry. Pass the transaction's manager when the change itself is transactional,
   * so the entry exists exactly when the change does.
   */
  async record(entry: NewAuditEntry, manager?: EntityManager): Promise<void> {
    await this.recordMany([entry], manager);
  }

  /** Writes several entries in one statement (bulk changes such as an import). */
  async recordMany(entries: NewAuditEntry[], manager?: EntityManager): Promise<void> {
    if (entries.length === 0) return;
    const requestId = currentRequest()?.requestId ?? null;
    await this.entries.insertMany(
      entries.map((entry) => ({
        actorId: entry.actor?.id ?? null,
        actorLabel: entry.actor?.label ?? null,
        action: entry.action,
        targetType: entry.target?.type ?? null,
        targetId: entry.target?.id ?? null,
        targetLabel: entry.target?.label ?? null,
        summary: entry.summary ?? null,
        requestId,
        ...(entry.at ? { at: entry.at } : {}),
      })),
      manager,
    );
  }

  /** Newest first, filtered by action, actor, target, text and time. */
  search(query: AuditQueryDto): Promise<{ items: AuditEntry[]; total: number }> {
    return this.entries.search(query);
  }

  /** Who took `action` on `targetId` last, e.g. who submitted an item for review. */
  lastActorOf(
    action: AuditAction,
    targetId: string,
    manager?: EntityManager,
  ): Promise<string | null> {
    return this.entries.lastActorOf(action, targetId, manager);
  }

  /** Every entry by or about a person: part of what "Download my data" returns. */
  aboutPerson(userId: string): Promise<AuditEntry[]> {
    return this.entries.findByOrAboutPerson(userId);
  }

  /**
   * When a person deletes their account, the log keeps what happened but no longer says who:
   * entries by or about them lose their id, the address or name they were known by, and the
   * before/after summaries that could hold their name.
   */
  async forgetPerson(person: { id: string; email: string }, manager: EntityManager): Promise<void> {
    await this.entries.anonymisePerson(person, DELETED_ACCOUNT_LABEL, manager);
  }
}
