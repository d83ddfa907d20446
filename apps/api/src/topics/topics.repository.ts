import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { LOCKS, lockForTransaction } from '../database/advisory-lock';
import { Topic } from './entities/topic.entity';

export interface TopicWithCount {
  topic: Topic;
  itemCount: number;
}

/** The topics, and how much content carries each. */
@Injectable()
export class TopicsRepository {
  constructor(@InjectRepository(Topic) private readonly topics: Repository<Topic>) {}

  /** Every topic, by name, with how many content items carry it. */
  async listWithItemCounts(): Promise<TopicWithCount[]> {
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

  findById(id: string, manager: EntityManager = this.topics.manager): Promise<Topic | null> {
    return manager.findOneBy(Topic, { id });
  }

  /** The topics among these ids that exist, in no particular order. */
  findByIds(ids: string[], manager: EntityManager = this.topics.manager): Promise<Topic[]> {
    return manager.findBy(Topic, { id: In(ids) });
  }

  /** Whether a topic already has this name key (the name, whatever its case). */
  existsWithNameKey(key: string, manager: EntityManager = this.topics.manager): Promise<boolean> {
    return manager.existsBy(Topic, { nameKey: key });
  }

  /**
   * Every topic's names, for checking that a name is free in every language. Holds the lock
   * every change of a topic's names takes until the caller's transaction ends, so that two
   * changes cannot both take the same name meanwhile.
   */
  async lockAndListNames(manager: EntityManager): Promise<Pick<Topic, 'id' | 'name' | 'names'>[]> {
    await lockForTransaction(manager, LOCKS.topicNames);
    return manager.find(Topic, { select: { id: true, name: true, names: true } });
  }

  /** How many content items carry the topic. */
  async countItems(id: string, manager: EntityManager = this.topics.manager): Promise<number> {
    const [{ count }] = await manager.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM content_item_topics WHERE topic_id = $1',
      [id],
    );
    return count;
  }

  insert(
    fields: Pick<Topic, 'name' | 'nameKey' | 'names'>,
    manager: EntityManager = this.topics.manager,
  ): Promise<Topic> {
    return manager.save(manager.create(Topic, fields));
  }

  save(topic: Topic, manager: EntityManager = this.topics.manager): Promise<Topic> {
    return manager.save(topic);
  }

  async delete(id: string, manager: EntityManager = this.topics.manager): Promise<void> {
    await manager.delete(Topic, { id });
  }
}
