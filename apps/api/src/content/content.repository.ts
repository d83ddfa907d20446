import { Injectable } from '@nestjs/common';
import { containsPattern } from '../common/search-pattern';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { CONTENT_STATUSES, type ContentStatus } from '@chorus/core';
import { ContentQueryDto } from './dto/content-input.dto';
import { ContentItem } from './entities/content-item.entity';

@Injectable()
export class ContentRepository {
  constructor(@InjectRepository(ContentItem) private readonly items: Repository<ContentItem>) {}

  /** One item with everything the editor shows, or null. */
  findFull(id: string, manager: EntityManager = this.items.manager): Promise<ContentItem | null> {
    return manager.findOne(ContentItem, {
      where: { id },
      relations: {
        author: true,
        approver: true,
        campaign: true,
        topics: true,
        targetGroups: true,
        variants: true,
        thumbnail: true,
      },
      order: { variants: { network: 'ASC', language: 'ASC' } },
    });
  }

  /** The item that already has this address, as added or as its canonical address. */
  findByAddress(url: string, manager: EntityManager = this.items.manager) {
    return manager
      .createQueryBuilder(ContentItem, 'item')
      .where('item.url = :url OR item.canonical_url = :url', { url })
      .getOne();
  }

  /** When each of these items was approved; items never approved are left out. */
  async approvedAtOf(ids: readonly string[]): Promise<Map<string, Date>> {
    if (ids.length === 0) return new Map();
    const rows = await this.items.manager.query<{ id: string; approved_at: Date }[]>(
      `SELECT id, approved_at FROM content_items WHERE id = ANY($1::uuid[]) AND approved_at IS NOT NULL`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.approved_at]));
  }

  /** One item without its relations, or null. */
  findById(id: string): Promise<ContentItem | null> {
    return this.items.findOneBy({ id });
  }

  /** One item without its relations, locked until the caller's transaction ends, or null. */
  findForUpdate(id: string, manager: EntityManager): Promise<ContentItem | null> {
    return manager.findOne(ContentItem, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Another item than `exceptId` that has this address, as added or as its canonical one. */
  findOtherAtAddress(
    address: string,
    exceptId: string,
    manager: EntityManager = this.items.manager,
  ): Promise<ContentItem | null> {
    return manager
      .createQueryBuilder(ContentItem, 'other')
      .where('(other.url = :canonical OR other.canonical_url = :canonical)', {
        canonical: address,
      })
      .andWhere('other.id <> :id', { id: exceptId })
      .getOne();
  }

  /** Saves a new item (with its topics) and returns it. */
  insert(
    item: Partial<ContentItem>,
    manager: EntityManager = this.items.manager,
  ): Promise<ContentItem> {
    return manager.save(manager.create(ContentItem, item));
  }

  /** Saves an item's columns and its topics, campaign and targets. */
  async save(item: ContentItem, manager: EntityManager = this.items.manager): Promise<void> {
    await manager.save(item);
  }

  /**
   * Saves an edit of an item loaded with everything (findFull): its columns, topics, campaign
   * and targets; its suggested posts and thumbnail have their own writers and are left alone.
   */
  async saveEdit(item: ContentItem, manager: EntityManager = this.items.manager): Promise<void> {
    const { variants: _variants, thumbnail: _thumbnail, ...withoutRelations } = item;
    await manager.save(ContentItem, withoutRelations);
  }

  /** Records how reading the item's page stands. */
  async setUnfurlState(
    id: string,
    state: ContentItem['unfurlState'],
    error: string | null,
  ): Promise<void> {
    await this.items.update({ id }, { unfurlState: state, unfurlError: error });
  }

  /** Records why the item's image could not become a thumbnail (null: it could). */
  async setThumbnailError(
    id: string,
    error: string | null,
    manager: EntityManager = this.items.manager,
  ): Promise<void> {
    await manager.update(ContentItem, { id }, { thumbnailError: error });
  }

  /** One page of the queue, newest change first, and how many items each status has. */
  async search(
    query: ContentQueryDto,
  ): Promise<{ items: ContentItem[]; total: number; counts: Record<ContentStatus, number> }> {
    const filtered = () => this.filtered(query);
    const page = filtered()
      .leftJoinAndSelect('item.author', 'author')
      .leftJoinAndSelect('item.campaign', 'campaign')
      .leftJoinAndSelect('item.topics', 'topic')
      .leftJoinAndSelect('item.thumbnail', 'thumbnail');
    if (query.status) page.andWhere('item.status = :status', { status: query.status });
    const [items, total] = await page
      .orderBy('item.pinned', 'DESC')
      .addOrderBy('item.updated_at', 'DESC')
      .addOrderBy('item.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();

    const rows = await filtered()
      .select('item.status', 'status')
      .addSelect('count(*)::int', 'count')
      .groupBy('item.status')
      .getRawMany<{ status: ContentStatus; count: number }>();
    const counts = Object.fromEntries(CONTENT_STATUSES.map((status) => [status, 0])) as Record<
      ContentStatus,
      number
    >;
    for (const row of rows) counts[row.status] = row.count;
    return { items, total, counts };
  }

  /** Every filter except the status, so the counts per status match what the tabs show. */
  private filtered(query: ContentQueryDto): SelectQueryBuilder<ContentItem> {
    const builder = this.items.createQueryBuilder('item');
    const search = query.search?.trim();
    if (search) {
      const pattern = containsPattern(search);
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('item.title ILIKE :pattern', { pattern })
            .orWhere('item.url ILIKE :pattern')
            .orWhere('item.site_name ILIKE :pattern'),
        ),
      );
    }
    if (query.kind) builder.andWhere('item.kind = :kind', { kind: query.kind });
    if (query.campaignId) {
      builder.andWhere('item.campaign_id = :campaignId', { campaignId: query.campaignId });
    }
    if (query.authorId)
      builder.andWhere('item.author_id = :authorId', { authorId: query.authorId });
    if (query.topicId) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM content_item_topics t WHERE t.item_id = item.id AND t.topic_id = :topicId)',
        { topicId: query.topicId },
      );
    }
    return builder;
  }
}
