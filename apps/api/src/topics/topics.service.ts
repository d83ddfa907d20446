import { nameKey } from '../common/name-key';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { Topic } from './entities/topic.entity';
import { TopicsRepository, type TopicWithCount } from './topics.repository';

/** The subjects curators tag content with and employees follow. */
@Injectable()
export class TopicsService {
  constructor(
    private readonly topics: TopicsRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** Every topic, by name, with how many content items carry it. */
  list(): Promise<TopicWithCount[]> {
    return this.topics.listWithItemCounts();
  }

  async get(id: string, manager?: EntityManager): Promise<Topic> {
    const topic = await this.topics.findById(id, manager);
    if (!topic) throw new DomainError('not_found', 'errors:topics.notFound', { id });
    return topic;
  }

  /**
   * The topics with these ids, in the order given (duplicates once), for tagging content.
   * An unknown id is the caller's mistake, not a missing page: it is refused as invalid input.
   */
  async findByIds(ids: readonly string[], manager?: EntityManager): Promise<Topic[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found = new Map(
      (await this.topics.findByIds(unique, manager)).map((topic) => [topic.id, topic]),
    );
    const missing = unique.find((id) => !found.has(id));
    if (missing) throw new DomainError('invalid_input', 'errors:topics.unknown', { id: missing });
    return unique.map((id) => found.get(id) as Topic);
  }

  async create(name: string, actor: AuditActor): Promise<Topic> {
    return this.transactions.run(async (manager) => {
      await this.assertNameFree(manager, name);
      const topic = await this.topics.insert(
        { name: name.trim(), nameKey: nameKey(name) },
        manager,
      );
      await this.audit.record(
        { actor, action: 'topic.created', target: this.target(topic) },
        manager,
      );
      return topic;
    });
  }

  /** Renames a topic; a change of case only ("Ai" to "AI") is a rename too. */
  async rename(id: string, name: string, actor: AuditActor): Promise<TopicWithCount> {
    return this.transactions.run(async (manager) => {
      const topic = await this.get(id, manager);
      const before = topic.name;
      if (before !== name.trim()) {
        if (nameKey(name) !== topic.nameKey) await this.assertNameFree(manager, name);
        topic.name = name.trim();
        topic.nameKey = nameKey(name);
        await this.topics.save(topic, manager);
        await this.audit.record(
          {
            actor,
            action: 'topic.renamed',
            target: this.target(topic),
            summary: { before: { name: before }, after: { name: topic.name } },
          },
          manager,
        );
      }
      return { topic, itemCount: await this.topics.countItems(id, manager) };
    });
  }

  /** Deletes a topic; the content tagged with it simply loses the tag. */
  async remove(id: string, actor: AuditActor): Promise<void> {
    await this.transactions.run(async (manager) => {
      const topic = await this.get(id, manager);
      const items = await this.topics.countItems(id, manager);
      await this.topics.delete(id, manager);
      await this.audit.record(
        { actor, action: 'topic.deleted', target: this.target(topic), summary: { items } },
        manager,
      );
    });
  }

  private async assertNameFree(manager: EntityManager, name: string): Promise<void> {
    if (await this.topics.existsWithNameKey(nameKey(name), manager)) {
      throw new DomainError('conflict', 'errors:topics.nameTaken', { name: name.trim() });
    }
  }

  private target(topic: Topic) {
    return { type: 'topic' as const, id: topic.id, label: topic.name };
  }
}
