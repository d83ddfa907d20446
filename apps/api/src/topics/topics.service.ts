import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { cleanTranslations, describeTranslations, type Translations } from '@chorus/core';
import { nameKey } from '../common/name-key';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { Topic } from './entities/topic.entity';
import { findNameClash } from './topic-names';
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

  /** Adds a topic; its name must be free in every language, translations included. */
  async create(input: { name: string; names?: Translations }, actor: AuditActor): Promise<Topic> {
    return this.transactions.run(async (manager) => {
      const fields = {
        name: input.name.trim(),
        nameKey: nameKey(input.name),
        names: cleanTranslations(input.names ?? {}),
      };
      await this.assertNamesFree(manager, { id: '', ...fields });
      const topic = await this.topics.insert(fields, manager);
      await this.audit.record(
        {
          actor,
          action: 'topic.created',
          target: this.target(topic),
          summary: Object.keys(topic.names).length
            ? { translations: describeTranslations(topic.names) }
            : undefined,
        },
        manager,
      );
      return topic;
    });
  }

  /**
   * Renames a topic (a change of case only, "Ai" to "AI", is a rename too) and/or replaces its
   * names in other languages; every name must stay free in every language.
   */
  async update(
    id: string,
    changes: { name?: string; names?: Translations },
    actor: AuditActor,
  ): Promise<TopicWithCount> {
    return this.transactions.run(async (manager) => {
      const topic = await this.get(id, manager);
      const before = { name: topic.name, names: topic.names };
      const after = {
        name: changes.name?.trim() ?? topic.name,
        names: changes.names ? cleanTranslations(changes.names) : topic.names,
      };
      const renamed = after.name !== before.name;
      const retranslated = JSON.stringify(after.names) !== JSON.stringify(before.names);
      if (renamed || retranslated) {
        await this.assertNamesFree(manager, { id, ...after }, topic.nameKey);
        Object.assign(topic, after, { nameKey: nameKey(after.name) });
        await this.topics.save(topic, manager);
        await this.audit.record(
          {
            actor,
            action: 'topic.renamed',
            target: this.target(topic),
            summary: {
              before: this.details(before, renamed, retranslated),
              after: this.details(after, renamed, retranslated),
            },
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

  /**
   * Refuses names that would make the topic read like another one: its main name taken by
   * another topic, or in some language the name readers would see (translation or main name).
   */
  private async assertNamesFree(
    manager: EntityManager,
    candidate: { id: string; name: string; names: Translations },
    currentKey?: string,
  ): Promise<void> {
    const others = await this.topics.lockAndListNames(manager);
    const key = nameKey(candidate.name);
    if (key !== currentKey && (await this.topics.existsWithNameKey(key, manager))) {
      throw new DomainError('conflict', 'errors:topics.nameTaken', { name: candidate.name });
    }
    const clash = findNameClash(candidate, others);
    if (clash) {
      throw new DomainError('conflict', 'errors:topics.nameTakenIn', {
        language: clash.language,
        name: clash.name,
        holder: clash.holder.name,
      });
    }
  }

  /** What changed, for the audit log: the name and/or the translations. */
  private details(
    names: { name: string; names: Translations },
    renamed: boolean,
    retranslated: boolean,
  ) {
    return {
      ...(renamed ? { name: names.name } : {}),
      ...(retranslated ? { translations: describeTranslations(names.names) } : {}),
    };
  }

  private target(topic: Topic) {
    return { type: 'topic' as const, id: topic.id, label: topic.name };
  }
}
