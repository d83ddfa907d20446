import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ContentItem } from '../content/entities/content-item.entity';
import { ItemCredits, type ItemCreditKeeper } from '../content/item-credits';
import { NotificationsService } from '../notifications/notifications.service';
import { PointsService } from '../points/points.service';
import type { SourceEntry } from './entities/source-entry.entity';
import { SourcesRepository } from './sources.repository';

/** Where people read what became of the pages they suggested. */
export const MY_SUGGESTIONS_LINK = '/suggest';

/**
 * What the curators decided on a page a person suggested, told to that person: the item it
 * became was approved, or the curators dismissed it, saying why. Each suggestion is decided
 * once, so its suggester hears of it once. It also answers content's question of whom an item
 * credits (see ItemCredits).
 */
@Injectable()
export class SuggestionCredits implements ItemCreditKeeper, OnModuleInit {
  constructor(
    private readonly credits: ItemCredits,
    private readonly repository: SourcesRepository,
    private readonly notifications: NotificationsService,
    private readonly points: PointsService,
  ) {}

  onModuleInit(): void {
    this.credits.keptBy(this);
  }

  suggesterOf(itemId: string): Promise<{ id: string; name: string } | null> {
    return this.repository.suggesterOf(itemId);
  }

  /**
   * Tells everyone whose suggestion led to `item` that it was approved; their points are
   * recounted (the approval is the fact the suggestion rule reads).
   */
  async itemApproved(item: ContentItem, manager: EntityManager): Promise<void> {
    const entries = await this.repository.promotedSuggestionsOf(item.id, manager);
    for (const entry of entries) await this.approved(entry, item, manager);
    await this.points.markStale(
      entries.map((entry) => entry.suggestedById),
      manager,
    );
  }

  /**
   * `entry` was just promoted to an item that was approved before (a curator had added the page
   * meanwhile): its suggester hears of the approval now, since no approval is to come.
   */
  async promotedToApproved(
    entry: SourceEntry,
    item: Pick<ContentItem, 'id' | 'title'>,
    manager: EntityManager,
  ): Promise<void> {
    await this.approved(entry, item, manager);
    await this.points.markStale([entry.suggestedById], manager);
  }

  /** `entry`, a person's suggestion, was just dismissed for `reason`. */
  async declined(entry: SourceEntry, reason: string, manager: EntityManager): Promise<void> {
    if (!entry.suggestedById) return;
    await this.tell(entry, { title: entry.title, outcome: 'declined', reason }, manager);
  }

  private async approved(
    entry: SourceEntry,
    item: Pick<ContentItem, 'id' | 'title'>,
    manager: EntityManager,
  ): Promise<void> {
    if (!entry.suggestedById) return;
    await this.tell(
      entry,
      { title: item.title ?? entry.title, outcome: 'approved', reason: '' },
      manager,
    );
  }

  private async tell(
    entry: SourceEntry,
    params: { title: string; outcome: 'approved' | 'declined'; reason: string },
    manager: EntityManager,
  ): Promise<void> {
    await this.notifications.notify(
      {
        kind: 'suggestion.decided',
        recipients: [entry.suggestedById!],
        params,
        link: MY_SUGGESTIONS_LINK,
        // A suggestion is decided once: its suggester is never told twice.
        key: `suggestion.decided:${entry.id}`,
      },
      manager,
    );
  }
}
