import { nameKey } from '../common/name-key';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { Topic } from './entities/topic.entity';

export interface TopicWithCount {
  topic: Topic;
  itemCount: number;
}

/** The subjects curators tag content with and employees follow. */
@Injectable()
export class TopicsService {
  constructor(
    @InjectRepository(Topic) private readonly topics: Repository<Topic>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every topic, by name, with how many content items carry it. */
  async list(): Promise<TopicWithCount[]> {
    const { entities, raw } = await this.topics
      .createQueryBuilder('topic')
      .addSelect(
        (count) =>
          count
            .select('count(*)::int')
            .from('content_item_topics', 'tagged')
            .where('tagged.topic_id = topic.id'),
        'item_count',
      )
      .orderBy('topic.name_key', 'ASC')
      .getRawAndEntities<{ item_count: number }>();
    return entities.map((topic, index) => ({ topic, itemCount: raw[index].item_count }));
  }

  async get(id: string, manager: EntityManager = this.topics.manager): Promise<Topic> {
    const topic = await manager.findOneBy(Topic, { id });
    if (!topic) throw new DomainError('not_found', `No topic with id ${id}.`);
    return topic;
  }

  /**
   * The topics with these ids, in the order given (duplicates once), for tagging content.
   * An unknown id is the caller's mistake, not a missing page: it is refused as invalid input.
   */
  async findByIds(
    ids: readonly string[],
    manager: EntityManager = this.topics.manager,
  ): Promise<Topic[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found = new Map(
      (await manager.findBy(Topic, { id: In(unique) })).map((topic) => [topic.id, topic]),
    );
    const missing = unique.find((id) => !found.has(id));
    if (missing) throw new DomainError('invalid_input', `There is no topic with id ${missing}.`);
    return unique.map((id) => found.get(id) as Topic);
  }

  async create(name: string, actor: AuditActor): Promise<Topic> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, name);
      const topic = await manager.save(
        manager.create(Topic, { name: name.trim(), nameKey: nameKey(name) }),
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
    return this.dataSource.transaction(async (manager) => {
      const topic = await this.get(id, manager);
      const before = topic.name;
      if (before !== name.trim()) {
        if (nameKey(name) !== topic.nameKey) await this.assertNameFree(manager, name);
        topic.name = name.trim();
        topic.nameKey = nameKey(name);
        await manager.save(topic);
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
      return { topic, itemCount: await this.countItems(manager, id) };
    });
  }

  /** Deletes a topic; the content tagged with it simply loses the tag. */
  async remove(id: string, actor: AuditActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const topic = await this.get(id, manager);
      const items = await this.countItems(manager, id);
      await manager.delete(Topic, { id });
      await this.audit.record(
        { actor, action: 'topic.deleted', target: this.target(topic), summary: { items } },
        manager,
      );
    });
  }

  private async assertNameFree(manager: EntityManager, name: string): Promise<void> {
    if (await manager.existsBy(Topic, { nameKey: nameKey(name) })) {
      throw new DomainError('conflict', `A topic called "${name.trim()}" already exists.`);
    }
  }

  private async countItems(manager: EntityManager, id: string): Promise<number> {
    const [{ count }] = await manager.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM content_item_topics WHERE topic_id = $1',
      [id],
    );
    return count;
  }

  private target(topic: Topic) {
    return { type: 'topic' as const, id: topic.id, label: topic.name };
  }
}
