import { Injectable } from '@nestjs/common';
import { containsPattern } from '../common/search-pattern';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import type { AuditAction, AuditSummary } from '@chorus/core';
import { currentRequest } from '../common/request-context';
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
    | 'settings'
    | 'content'
    | 'source'
    | 'restricted_term'
    | 'policy'
    | 'training'
    | 'share';
  id?: string | null;
  label?: string | null;
}

export interface NewAuditEntry {
  actor: AuditActor | null;
  action: AuditAction;
  target?: AuditTarget;
  /** Only details the portal can put in words (see AUDIT_DETAILS in @chorus/core). */
  summary?: AuditSummary;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

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
    const repository = manager ? manager.getRepository(AuditEntry) : this.entries;
    const requestId = currentRequest()?.requestId ?? null;
    const rows = repository.create(
      entries.map((entry) => ({
        actorId: entry.actor?.id ?? null,
        actorLabel: entry.actor?.label ?? null,
        action: entry.action,
        targetType: entry.target?.type ?? null,
        targetId: entry.target?.id ?? null,
        targetLabel: entry.target?.label ?? null,
        summary: entry.summary ?? null,
        requestId,
      })),
    );
    await repository.save(rows, { reload: false });
  }

  /** Newest first, filtered by action, actor, target, text and time. */
  async search(query: AuditQueryDto): Promise<{ items: AuditEntry[]; total: number }> {
    const builder = this.entries.createQueryBuilder('entry');
    if (query.action) builder.andWhere('entry.action = :action', { action: query.action });
    if (query.actorId) builder.andWhere('entry.actor_id = :actorId', { actorId: query.actorId });
    if (query.targetId) {
      builder.andWhere('entry.target_id = :targetId', { targetId: query.targetId });
    }
    if (query.from) builder.andWhere('entry.at >= :from', { from: query.from });
    if (query.to) builder.andWhere('entry.at < :to', { to: query.to });
    const search = query.search?.trim();
    if (search) {
      const pattern = containsPattern(search);
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('entry.actor_label ILIKE :pattern', { pattern })
            .orWhere('entry.target_label ILIKE :pattern'),
        ),
      );
    }
    const [items, total] = await builder
      .orderBy('entry.at', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  /** Every entry by or about a person: part of what "Download my data" returns. */
  aboutPerson(userId: string): Promise<AuditEntry[]> {
    return this.entries
      .createQueryBuilder('entry')
      .where('entry.actor_id = :actorId OR entry.target_id = :targetId', {
        actorId: userId,
        targetId: userId,
      })
      .orderBy('entry.at', 'ASC')
      .getMany();
  }

  /**
   * When a person deletes their account, the log keeps what happened but no longer says who:
   * entries by or about them lose their id, the address or name they were known by, and the
   * before/after summaries that could hold their name.
   */
  async forgetPerson(person: { id: string; email: string }, manager: EntityManager): Promise<void> {
    const forgotten = 'deleted account';
    await manager
      .createQueryBuilder()
      .update(AuditEntry)
      .set({ summary: null })
      .where('target_id = :id OR target_label = :email', { id: person.id, email: person.email })
      .execute();
    await manager
      .createQueryBuilder()
      .update(AuditEntry)
      .set({ actorId: null, actorLabel: forgotten })
      .where('actor_id = :id OR actor_label = :email', { id: person.id, email: person.email })
      .execute();
    await manager
      .createQueryBuilder()
      .update(AuditEntry)
      .set({ targetId: null, targetLabel: forgotten })
      .where('target_id = :id OR target_label = :email', { id: person.id, email: person.email })
      .execute();
  }
}
