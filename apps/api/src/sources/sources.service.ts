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
  DismissEntryDto,
  EntryQueryDto,
  PromoteEntryDto,
  SourceChangesDto,
} from './dto/sources.dto';
import type { ContentItem } from '../content/entities/content-item.entity';
import { ContentSource } from './entities/content-source.entity';
import { SourceEntry } from './entities/source-entry.entity';
import { SourcePollingService } from './source-polling.service';
import { SourcesRepository } from './sources.repository';
import { SuggestionCredits } from './suggestion-credits';

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
    private readonly credits: SuggestionCredits,
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
    let item: Pick<ContentItem, 'id' | 'title' | 'approvedAt'>;
    try {
      item = await this.content.create({ url: entry.url, kind: input.kind }, actor, {
        topicIds: (source?.topics ?? []).map((topic) => topic.id),
        from: source?.url,
        suggestedBy: entry.suggestedBy,
      });
    } catch (error) {
      // Someone added the page by hand meanwhile: the suggestion leads to that item.
      const existing = (error as DomainError).details as { id?: string } | undefined;
      if (!(error instanceof DomainError) || error.code !== 'conflict' || !existing?.id) {
        throw error;
      }
      item = await this.content.get(existing.id);
    }
    return this.settle(entry, { state: 'promoted', itemId: item.id }, actor, async (manager) => {
      // An item approved already has no approval to come: its suggester hears of it now.
      if (item.approvedAt) await this.credits.promotedToApproved(entry, item, manager);
    });
  }

  /**
   * Dismisses a suggestion: a person's with the reason their suggester is told, a feed's
   * without one.
   */
  async dismiss(id: string, input: DismissEntryDto, actor: AuditActor): Promise<SourceEntry> {
    const entry = await this.newEntry(id);
    const reason = input.reason ?? null;
    if (entry.sourceId === null && reason === null) {
      throw new DomainError('unprocessable', 'errors:sources.reasonRequired');
    }
    if (entry.sourceId !== null && reason !== null) {
      throw new DomainError('unprocessable', 'errors:sources.reasonForFeedEntry');
    }
    return this.settle(entry, { state: 'dismissed', reason }, actor, async (manager) => {
      if (reason !== null) await this.credits.declined(entry, reason, manager);
    });
  }

  /** How many pages a person suggested in the 24 hours before `now`. */
  suggestionsInDay(userId: string, now: Date): Promise<number> {
    return this.repository.suggestionsInDay(userId, now);
  }

  /** Whether the inbox has, or had, a suggestion of this (normalised) address. */
  hasSuggestionOf(url: string): Promise<boolean> {
    return this.repository.entryExistsByUrl(url);
  }

  /**
   * Puts a person's suggestion in the inbox; returns it, or null when the address was suggested
   * meanwhile (by a feed or a person): one suggestion per address.
   */
  async addSuggestion(
    fields: { url: string; title: string; note: string | null; suggestedById: string },
    manager: EntityManager,
  ): Promise<SourceEntry | null> {
    const id = await this.repository.insertSuggestion(fields, manager);
    return id ? this.repository.getEntry(id, manager) : null;
  }

  /** The suggestion of this (normalised) address, locked until the transaction ends, or null. */
  lockSuggestionOf(url: string, manager: EntityManager): Promise<SourceEntry | null> {
    return this.repository.findEntryByUrlForUpdate(url, manager);
  }

  /** Gives a suggestion its suggester's note, unless it has one; returns it as it is now. */
  async addNoteIfNone(id: string, note: string, manager: EntityManager): Promise<SourceEntry> {
    await this.repository.addNoteIfNone(id, note, manager);
    return this.repository.getEntry(id, manager);
  }

  /** A page of the suggestions a person made, newest first. */
  suggestionsOf(
    userId: string,
    page: { page: number; pageSize: number },
  ): Promise<{ items: SourceEntry[]; total: number }> {
    return this.repository.suggestionsOf(userId, page);
  }

  /** Every page a person suggested, newest first (their export of their data). */
  everySuggestionOf(userId: string): Promise<SourceEntry[]> {
    return this.repository.suggestedBy(userId);
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
    decision: { state: 'promoted'; itemId: string } | { state: 'dismissed'; reason: string | null },
    actor: AuditActor,
    andThen: (manager: EntityManager) => Promise<void>,
  ): Promise<SourceEntry> {
    const itemId = decision.state === 'promoted' ? decision.itemId : null;
    const declineReason = decision.state === 'dismissed' ? decision.reason : null;
    const decided = await this.transactions.run(async (manager) => {
      // Only a suggestion still new can be settled: of two curators at once, one wins.
      const settled = await this.repository.settleEntry(
        entry.id,
        { state: decision.state, itemId, declineReason, decidedById: actor.id },
        manager,
      );
      if (!settled) throw new DomainError('conflict', 'errors:sources.suggestionRace');
      await this.audit.record(
        {
          actor,
          action:
            decision.state === 'promoted' ? 'source.entry_promoted' : 'source.entry_dismissed',
          target: { type: 'source', id: entry.sourceId, label: entry.url },
          summary: {
            title: entry.title,
            ...(itemId ? { itemId } : {}),
            ...(entry.suggestedBy
              ? { suggestedBy: entry.suggestedBy.name, suggestedById: entry.suggestedBy.id }
              : {}),
            ...(entry.note ? { note: entry.note } : {}),
            ...(declineReason ? { reason: declineReason } : {}),
          },
        },
        manager,
      );
      await andThen(manager);
      return this.repository.getEntry(entry.id, manager);
    });
    return { ...decided, source: entry.source, suggestedBy: entry.suggestedBy };
  }
}

function names(source: ContentSource): string[] {
  return (source.topics ?? []).map((topic) => topic.name).sort();
}
