import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { normalizeContentUrl } from '@chorus/core';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { ContentService } from '../content/content.service';
import { TopicsService } from '../topics/topics.service';
import {
  CreateSourceDto,
  EntryQueryDto,
  PromoteEntryDto,
  SourceChangesDto,
} from './dto/sources.dto';
import { ContentSource } from './entities/content-source.entity';
import { SourceEntry } from './entities/source-entry.entity';
import { SourcePollingService } from './source-polling.service';

export interface SourceWithCount {
  source: ContentSource;
  newEntries: number;
}

/** Feeds curators follow, and the inbox of links they suggest. */
@Injectable()
export class SourcesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly topics: TopicsService,
    private readonly content: ContentService,
    private readonly polling: SourcePollingService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SourceWithCount[]> {
    const sources = await this.dataSource
      .getRepository(ContentSource)
      .find({ relations: { topics: true }, order: { createdAt: 'ASC' } });
    const counts = await this.dataSource.query<{ source_id: string; count: number }[]>(
      `SELECT source_id, count(*)::int AS count FROM source_entries WHERE state = 'new' GROUP BY source_id`,
    );
    const byId = new Map(counts.map((row) => [row.source_id, row.count]));
    return sources.map((source) => ({ source, newEntries: byId.get(source.id) ?? 0 }));
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<ContentSource> {
    const source = await manager.findOne(ContentSource, {
      where: { id },
      relations: { topics: true },
    });
    if (!source) throw new DomainError('not_found', `No source with id ${id}.`);
    return source;
  }

  async create(input: CreateSourceDto, actor: AuditActor): Promise<ContentSource> {
    const url = normalizeContentUrl(input.url);
    if (!url) {
      throw new DomainError(
        'invalid_input',
        'url must be the web address of an RSS or Atom feed, starting with http:// or https://',
      );
    }
    const id = await this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(ContentSource, { url })) {
        throw new DomainError('conflict', `This feed is already a source: ${url}`);
      }
      const source = await manager.save(
        manager.create(ContentSource, {
          url,
          pollIntervalMinutes: input.pollIntervalMinutes ?? 30,
          topics: input.topicIds ? await this.topics.findByIds(input.topicIds, manager) : [],
          createdById: actor.id,
        }),
      );
      await this.audit.record(
        { actor, action: 'source.created', target: { type: 'source', id: source.id, label: url } },
        manager,
      );
      return source.id;
    });
    await this.polling.queue(id);
    return this.get(id);
  }

  async update(id: string, changes: SourceChangesDto, actor: AuditActor): Promise<ContentSource> {
    await this.dataSource.transaction(async (manager) => {
      const source = await this.get(id, manager);
      const before = { topics: names(source), pollIntervalMinutes: source.pollIntervalMinutes };
      if (changes.topicIds) source.topics = await this.topics.findByIds(changes.topicIds, manager);
      if (changes.pollIntervalMinutes !== undefined) {
        source.pollIntervalMinutes = changes.pollIntervalMinutes;
      }
      await manager.save(source);
      await this.audit.record(
        {
          actor,
          action: 'source.updated',
          target: { type: 'source', id, label: source.url },
          summary: {
            before,
            after: { topics: names(source), pollIntervalMinutes: source.pollIntervalMinutes },
          },
        },
        manager,
      );
    });
    return this.get(id);
  }

  async remove(id: string, actor: AuditActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const source = await this.get(id, manager);
      await manager.delete(ContentSource, { id });
      await this.audit.record(
        { actor, action: 'source.deleted', target: { type: 'source', id, label: source.url } },
        manager,
      );
    });
  }

  async pollNow(id: string): Promise<ContentSource> {
    await this.get(id);
    await this.polling.queue(id);
    return this.get(id);
  }

  /** The inbox: newest first, by state and optionally one source. */
  async entries(query: EntryQueryDto): Promise<{ items: SourceEntry[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(SourceEntry).findAndCount({
      where: { state: query.state, ...(query.sourceId ? { sourceId: query.sourceId } : {}) },
      relations: { source: true },
      order: { publishedAt: { direction: 'DESC', nulls: 'LAST' }, createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items, total };
  }

  /** Turns a suggestion into a draft item (read in the background), with the feed's topics. */
  async promote(id: string, input: PromoteEntryDto, actor: AuditActor): Promise<SourceEntry> {
    const entry = await this.newEntry(id);
    const source = await this.get(entry.sourceId);
    let itemId: string;
    try {
      const item = await this.content.create({ url: entry.url, kind: input.kind }, actor, {
        topicIds: (source.topics ?? []).map((topic) => topic.id),
        from: source.url,
      });
      itemId = item.id;
    } catch (error) {
      // Someone added the page by hand meanwhile: the suggestion leads to that item.
      const existing = (error as DomainError).details as { id?: string } | undefined;
      if (!(error instanceof DomainError) || error.code !== 'conflict' || !existing?.id) {
        throw error;
      }
      itemId = existing.id;
    }
    return this.settle(entry, 'promoted', actor, itemId);
  }

  async dismiss(id: string, actor: AuditActor): Promise<SourceEntry> {
    return this.settle(await this.newEntry(id), 'dismissed', actor, null);
  }

  private async newEntry(id: string): Promise<SourceEntry> {
    const entry = await this.dataSource.getRepository(SourceEntry).findOneBy({ id });
    if (!entry) throw new DomainError('not_found', `No suggestion with id ${id}.`);
    if (entry.state !== 'new') {
      throw new DomainError(
        'conflict',
        `This suggestion has already been ${entry.state}; the inbox shows only new ones.`,
      );
    }
    return entry;
  }

  private async settle(
    entry: SourceEntry,
    state: 'promoted' | 'dismissed',
    actor: AuditActor,
    itemId: string | null,
  ): Promise<SourceEntry> {
    await this.dataSource.transaction(async (manager) => {
      // Only a suggestion still new can be settled: of two curators at once, one wins.
      const result = await manager.update(
        SourceEntry,
        { id: entry.id, state: 'new' },
        { state, itemId },
      );
      if (!result.affected) {
        throw new DomainError('conflict', 'Someone else has just handled this suggestion.');
      }
      await this.audit.record(
        {
          actor,
          action: state === 'promoted' ? 'source.entry_promoted' : 'source.entry_dismissed',
          target: { type: 'source', id: entry.sourceId, label: entry.url },
          summary: { title: entry.title, ...(itemId ? { itemId } : {}) },
        },
        manager,
      );
    });
    return { ...entry, state, itemId };
  }
}

function names(source: ContentSource): string[] {
  return (source.topics ?? []).map((topic) => topic.name).sort();
}
