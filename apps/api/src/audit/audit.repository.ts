import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import { containsPattern } from '../common/search-pattern';
import { AuditQueryDto } from './dto/audit-query.dto';
import { AuditEntry } from './entities/audit-entry.entity';

export type AuditEntryRow = Pick<
  AuditEntry,
  | 'actorId'
  | 'actorLabel'
  | 'action'
  | 'targetType'
  | 'targetId'
  | 'targetLabel'
  | 'summary'
  | 'requestId'
> &
  /** Now, unless given. */
  Partial<Pick<AuditEntry, 'at'>>;

/** The audit log's entries. */
@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Writes the entries in one statement. */
  async insertMany(
    rows: AuditEntryRow[],
    manager: EntityManager = this.entries.manager,
  ): Promise<void> {
    const repository = manager.getRepository(AuditEntry);
    await repository.save(repository.create(rows), { reload: false });
  }

  /** One page of entries, newest first, filtered by action, actor, target, text and time. */
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

  /** Who took `action` on `targetId` last (null: nobody, or someone since forgotten). */
  async lastActorOf(
    action: AuditEntry['action'],
    targetId: string,
    manager: EntityManager = this.entries.manager,
  ): Promise<string | null> {
    const entry = await manager.findOne(AuditEntry, {
      select: { id: true, actorId: true },
      where: { action, targetId },
      order: { at: 'DESC', id: 'DESC' },
    });
    return entry?.actorId ?? null;
  }

  /** Every entry by or about a person, oldest first. */
  findByOrAboutPerson(userId: string): Promise<AuditEntry[]> {
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
   * Entries by or about the person (by id, or by the address they were known by) lose their
   * summaries, and the person's id and label give way to `label`.
   */
  async anonymisePerson(
    person: { id: string; email: string },
    label: string,
    manager: EntityManager = this.entries.manager,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(AuditEntry)
      .set({ summary: null })
      .where('target_id = :id OR target_label = :email', { id: person.id, email: person.email })
      .execute();
    // What they suggested stays credited to nobody.
    await manager.query(
      `UPDATE audit_entries SET summary = summary - 'suggestedBy' - 'suggestedById'
        WHERE summary ->> 'suggestedById' = $1`,
      [person.id],
    );
    await manager
      .createQueryBuilder()
      .update(AuditEntry)
      .set({ actorId: null, actorLabel: label })
      .where('actor_id = :id OR actor_label = :email', { id: person.id, email: person.email })
      .execute();
    await manager
      .createQueryBuilder()
      .update(AuditEntry)
      .set({ targetId: null, targetLabel: label })
      .where('target_id = :id OR target_label = :email', { id: person.id, email: person.email })
      .execute();
  }
}
