import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { contentTargetUrl, splitContentUrl, type AuditDetails } from '@chorus/core';
import { AuditActor, AuditService } from '../audit/audit.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { GroupsService } from '../groups/groups.service';
import { TopicsService } from '../topics/topics.service';
import { assertEditable, TEXT_FIELDS, UNFURLED_FIELDS } from './content-rules';
import { ContentRepository } from './content.repository';
import { ContentQueryDto, CreateContentDto, UpdateContentDto } from './dto/content-input.dto';
import { ContentItem } from './entities/content-item.entity';
import { ThumbnailsService } from './thumbnails/thumbnails.service';
import { UnfurlService } from './unfurl/unfurl.service';

/** Content items: adding a page, reading the queue, and editing what an item says and targets. */
@Injectable()
export class ContentService {
  constructor(
    private readonly transactions: Transactions,
    private readonly content: ContentRepository,
    private readonly topics: TopicsService,
    private readonly campaigns: CampaignsService,
    private readonly groups: GroupsService,
    private readonly unfurl: UnfurlService,
    private readonly thumbnails: ThumbnailsService,
    private readonly audit: AuditService,
  ) {}

  search(query: ContentQueryDto) {
    return this.content.search(query);
  }

  async get(id: string, manager?: EntityManager): Promise<ContentItem> {
    const item = await this.content.findFull(id, manager);
    if (!item) throw new DomainError('not_found', 'errors:content.notFound', { id });
    return item;
  }

  /** The item that has this (normalised) address, as added or as its canonical one, or null. */
  findByAddress(url: string, manager?: EntityManager): Promise<ContentItem | null> {
    return this.content.findByAddress(url, manager);
  }

  /** When each of these items was approved; items never approved are left out. */
  approvedAtOf(ids: readonly string[]): Promise<Map<string, Date>> {
    return this.content.approvedAtOf(ids);
  }

  /**
   * Adds a page as a draft by `actor`; its details are filled in by a background job. A page
   * promoted from a feed starts with the feed's topics; one a person suggested credits them.
   */
  async create(
    input: CreateContentDto,
    actor: AuditActor,
    options: {
      topicIds?: string[];
      from?: string;
      suggestedBy?: { id: string; name: string } | null;
    } = {},
  ): Promise<ContentItem> {
    const address = splitContentUrl(input.url);
    if (!address) {
      throw new DomainError('invalid_input', 'errors:content.invalidUrl');
    }
    const { url, fragment } = address;
    const id = await this.transactions.run(async (manager) => {
      // The fragment is not part of the page: the same page with another fragment is a duplicate.
      const existing = await this.content.findByAddress(url, manager);
      if (existing) {
        throw new DomainError(
          'conflict',
          'errors:content.alreadyAnItem',
          { title: existing.title ?? existing.url, status: existing.status },
          { details: { id: existing.id } },
        );
      }
      const topics = options.topicIds?.length
        ? await this.topics.findByIds(options.topicIds, manager)
        : [];
      const item = await this.content.insert(
        { url, urlFragment: fragment, kind: input.kind, authorId: actor.id, topics },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: 'content.created',
          target: { type: 'content', id: item.id, label: contentTargetUrl(url, fragment) },
          summary: {
            kind: input.kind,
            ...(options.from ? { from: options.from } : {}),
            ...(options.suggestedBy
              ? { suggestedBy: options.suggestedBy.name, suggestedById: options.suggestedBy.id }
              : {}),
          },
        },
        manager,
      );
      return item.id;
    });
    await this.unfurl.queue(id);
    return this.get(id);
  }

  async update(id: string, changes: UpdateContentDto, actor: AuditActor): Promise<ContentItem> {
    const imageChanged = await this.transactions.run(async (manager) => {
      // Lock first, then read: a concurrent approval or unfurl is never written back over.
      await this.lock(manager, id);
      const item = await this.get(id, manager);
      const changesText = TEXT_FIELDS.some((field) => changes[field] !== undefined);
      assertEditable(item.status, changesText);
      const before = snapshot(item);

      for (const field of TEXT_FIELDS) {
        if (changes[field] === undefined) continue;
        Object.assign(item, { [field]: changes[field] });
      }
      const overridden = UNFURLED_FIELDS.filter((field) => changes[field] !== undefined);
      item.editedFields = [...new Set([...item.editedFields, ...overridden])];

      if (changes.topicIds) item.topics = await this.topics.findByIds(changes.topicIds, manager);
      if (changes.campaignId !== undefined) {
        item.campaign = changes.campaignId
          ? await this.campaigns.getForContent(changes.campaignId, manager)
          : null;
        item.campaignId = item.campaign?.id ?? null;
      }
      if (changes.targetDepartmentIds || changes.targetLocationIds) {
        const current = item.targetGroups ?? [];
        const departments = changes.targetDepartmentIds
          ? await this.groups.findByIds('department', changes.targetDepartmentIds, manager)
          : current.filter((group) => group.kind === 'department');
        const locations = changes.targetLocationIds
          ? await this.groups.findByIds('location', changes.targetLocationIds, manager)
          : current.filter((group) => group.kind === 'location');
        item.targetGroups = [...departments, ...locations];
      }
      if (changes.targetLanguages) item.targetLanguages = changes.targetLanguages;
      if (changes.publishAt !== undefined) {
        item.publishAt = changes.publishAt ? new Date(changes.publishAt) : null;
      }
      if (changes.expiresAt !== undefined) {
        item.expiresAt = changes.expiresAt ? new Date(changes.expiresAt) : null;
      }
      if (item.publishAt && item.expiresAt && item.expiresAt <= item.publishAt) {
        throw new DomainError('invalid_input', 'errors:content.expiresBeforePublish');
      }
      if (changes.pinned !== undefined) item.pinned = changes.pinned;

      await this.content.saveEdit(item, manager);
      const after = snapshot(item);
      const changed = (Object.keys(after) as (keyof AuditDetails)[]).filter(
        (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
      );
      if (changed.length === 0) return false;
      await this.audit.record(
        {
          actor,
          action: 'content.updated',
          target: { type: 'content', id: item.id, label: item.title ?? item.url },
          summary: {
            before: Object.fromEntries(changed.map((key) => [key, before[key]])),
            after: Object.fromEntries(changed.map((key) => [key, after[key]])),
          },
        },
        manager,
      );
      return changed.includes('imageUrl');
    });
    // A curator's own image address gets its card picture too, fetched in the background.
    if (imageChanged) await this.thumbnails.queue(id);
    return this.get(id);
  }

  private async lock(manager: EntityManager, id: string): Promise<void> {
    const locked = await this.content.findForUpdate(id, manager);
    if (!locked) throw new DomainError('not_found', 'errors:content.notFound', { id });
  }

  /** Fetches the page again, e.g. after it failed or changed. */
  async refresh(id: string): Promise<ContentItem> {
    const item = await this.get(id);
    assertEditable(item.status, true);
    await this.unfurl.queue(id);
    return this.get(id);
  }
}

/** What the audit log shows of an item before and after an edit. */
function snapshot(item: ContentItem): AuditDetails {
  return {
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    imageUrl: item.imageUrl,
    siteName: item.siteName,
    language: item.language,
    topics: (item.topics ?? []).map((topic) => topic.name).sort(),
    campaign: item.campaign?.name ?? null,
    targets: (item.targetGroups ?? []).map((group) => group.name).sort(),
    targetLanguages: item.targetLanguages,
    publishAt: item.publishAt?.toISOString() ?? null,
    expiresAt: item.expiresAt?.toISOString() ?? null,
    pinned: item.pinned,
  };
}
