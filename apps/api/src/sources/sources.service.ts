import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { normalizeContentUrl } from '@chorus/core';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
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
import { SourcesRepository } from './sources.repository';

export interface SourceWithCount {
  source: ContentSource;
  newEntries: number;
}

/** Feeds curators follow, and the inbox of links they suggest. */
@Injectable()
export class SourcesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: SourcesRepository,
    private readonly topics: TopicsService,
    private readonly content: ContentService,
    private readonly polling: SourcePollingService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SourceWithCount[]> {
    const sources = await this.repository.all();
    const counts = await this.repository.newEntryCounts();
    const byId = new Map(counts.map((row) => [row.source_id, row.count]));
    return sources.map((source) => ({ source, newEntries: byId.get(source.id) ?? 0 }));
  }

  async get(id: string, manager?: EntityManager): Promise<ContentSource> {
    const source = await this.repository.findWithTopics(id, manager);
    if (!source) throw new DomainError('not_found', 'errors:sources.notFound', { id });
    return source;
  }

  async create(input: CreateSourceDto, actor: AuditActor): Promise<ContentSource> {
    const url = normalizeContentUrl(input.url);
    if (!url) {
      throw new DomainError('invalid_input', 'errors:sources.invalidUrl');
    }
    const id = await this.transactions.run(async (manager) => {
      if (await this.repository.existsByUrl(url, manager)) {
        throw new DomainError('conflict', 'errors:sources.taken', { url });
      }
      const source = await this.repository.insert(
        {
          url,
          pollIntervalMinutes: input.pollIntervalMinutes ?? 30,
          topics: input.topicIds ? await this.topics.findByIds(input.topicIds, manager) : [],
          createdById: actor.id,
        },
        manager,
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
    await this.transactions.run(async (manager) => {
      const source = await this.get(id, manager);
      const before = { topics: names(source), pollIntervalMinutes: source.pollIntervalMinutes };
      if (changes.topicIds) source.topics = await this.topics.findByIds(changes.topicIds, manager);
      if (changes.pollIntervalMinutes !== undefined) {
        source.pollIntervalMinutes = changes.pollIntervalMinutes;
      }
      await this.repository.save(source, manager);
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
    await this.transactions.run(async (manager) => {
      const source = await this.get(id, manager);
      await this.repository.delete(id, manager);
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
  entries(query: EntryQueryDto): Promise<{ items: SourceEntry[]; total: number }> {
    return this.repository.entries(query);
  }

  /**
   * Turns a suggestion into a draft item (read in the background): a feed's with the feed's
   * topics, a person's crediting them.
   */
  async promote(id: string, input: PromoteEntryDto, actor: AuditActor): Promise<SourceEntry> {
    const entry = await this.newEntry(id);
    const source = entry.sourceId ? await this.get(entry.sourceId) : null;
    let itemId: string;
    try {
      const item = await this.content.create({ url: entry.url, kind: input.kind }, actor, {
        topicIds: (source?.topics ?? []).map((topic) => topic.id),
        from: source?.url,
        suggestedBy: entry.suggestedBy?.name,
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
    const entry = await this.repository.findEntry(id);
    if (!entry) throw new DomainError('not_found', 'errors:sources.suggestionNotFound', { id });
    if (entry.state !== 'new') {
      throw new DomainError('conflict', 'errors:sources.suggestionHandled', {
        state: entry.state,
      });
    }
    return entry;
  }

  private async settle(
    entry: SourceEntry,
    state: 'promoted' | 'dismissed',
    actor: AuditActor,
    itemId: string | null,
  ): Promise<SourceEntry> {
    await this.transactions.run(async (manager) => {
      // Only a suggestion still new can be settled: of two curators at once, one wins.
      if (!(await this.repository.settleEntry(entry.id, state, itemId, manager))) {
        throw new DomainError('conflict', 'errors:sources.suggestionRace');
      }
      await this.audit.record(
        {
          actor,
          action: state === 'promoted' ? 'source.entry_promoted' : 'source.entry_dismissed',
          target: { type: 'source', id: entry.sourceId, label: entry.url },
          summary: {
            title: entry.title,
            ...(itemId ? { itemId } : {}),
            ...(entry.suggestedBy ? { suggestedBy: entry.suggestedBy.name } : {}),
            ...(entry.note ? { note: entry.note } : {}),
          },
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
