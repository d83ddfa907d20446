import { Injectable } from '@nestjs/common';
import {
  CONTENT_CURATOR_ROLES,
  hasAnyRole,
  maySuggestPages,
  normalizeContentUrl,
  SUGGESTIONS_PER_DAY,
  suggestionTitle,
} from '@chorus/core';
import { EnrollmentService } from '../advocacy/enrollment.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { ContentService } from '../content/content.service';
import { Transactions } from '../database/transactions';
import { FeedService } from '../feed/feed.service';
import { SafeFetchers } from '../fetching/fetching.module';
import { FetchRefusedError, type SafeFetcher } from '../fetching/safe-fetch';
import type { SourceEntry } from '../sources/entities/source-entry.entity';
import { SourcesService } from '../sources/sources.service';
import type { CreatePageSuggestionDto, PageLookupDto } from './dto/suggestions.dto';
import { type MySuggestion, mySuggestion } from './my-suggestion';

/** What `suggest` did: put a new suggestion in the inbox, or found the page already there. */
export interface SuggestOutcome {
  entry: SourceEntry;
  created: boolean;
}

/**
 * People suggesting pages to the curators' inbox, beside what the feeds suggest, and the
 * question the browser extension's page asks first: can I share this page, or suggest it?
 */
@Injectable()
export class SuggestionsService {
  private readonly fetcher: SafeFetcher;

  constructor(
    private readonly transactions: Transactions,
    private readonly inbox: SourcesService,
    private readonly content: ContentService,
    private readonly feed: FeedService,
    private readonly enrollments: EnrollmentService,
    private readonly clock: Clock,
    fetchers: SafeFetchers,
  ) {
    // Only the address is checked (a lookup of its host), so a short time limit does.
    this.fetcher = fetchers.create({ timeoutMs: 3000 });
  }

  /**
   * Suggests a page to the curators. A page that is already an item is refused (409, naming it
   * to curators only); one already in the inbox is not suggested twice: the existing suggestion
   * is returned (its note only to its suggester and curators), with the suggester's own note
   * added if it had none.
   */
  async suggest(user: AuthenticatedUser, input: CreatePageSuggestionDto): Promise<SuggestOutcome> {
    await this.assertMaySuggest(user);
    const url = await this.publicAddress(input.url);
    const note = input.note ?? null;
    const curates = hasAnyRole(user.roles, CONTENT_CURATOR_ROLES);
    return this.transactions.run(async (manager) => {
      const item = await this.content.findByAddress(url, manager);
      if (item && !curates) {
        // Only curators see drafts: an employee learns nothing of an item not yet published.
        throw new DomainError('conflict', 'errors:suggestions.alreadyKnown');
      }
      if (item) {
        throw new DomainError(
          'conflict',
          'errors:suggestions.alreadyAnItem',
          { title: item.title ?? item.url, status: item.status },
          { details: { id: item.id } },
        );
      }
      const added = await this.inbox.addSuggestion(
        { url, title: suggestionTitle(url, input.title), note, suggestedById: user.id },
        manager,
      );
      if (added) return { entry: added, created: true };

      const existing = await this.inbox.lockSuggestionOf(url, manager);
      if (!existing) throw new DomainError('conflict', 'errors:sources.suggestionRace');
      if (existing.state === 'dismissed') {
        throw new DomainError(
          'conflict',
          'errors:suggestions.dismissed',
          {},
          {
            details: { id: existing.id },
          },
        );
      }
      // A note is its writer's: another person's is neither shown back nor added to.
      const theirs = existing.suggestedById === user.id;
      const entry =
        theirs && note && !existing.note
          ? await this.inbox.addNoteIfNone(existing.id, note, manager)
          : existing;
      return { entry: theirs || curates ? entry : { ...entry, note: null }, created: false };
    });
  }

  /** Whether the person can share this page now, Chorus has it otherwise, or not at all. */
  async lookup(userId: string, address: string): Promise<PageLookupDto> {
    const url = normalizeContentUrl(address);
    if (!url) throw new DomainError('unprocessable', 'errors:suggestions.invalidUrl');
    const item = await this.content.findByAddress(url);
    if (item) {
      try {
        const { item: live } = await this.feed.entry(userId, item.id);
        return { state: 'shareable', itemId: live.id, title: live.title };
      } catch (error) {
        if (error instanceof DomainError && error.code === 'not_found') return { state: 'known' };
        throw error;
      }
    }
    return { state: (await this.inbox.hasSuggestionOf(url)) ? 'known' : 'unknown' };
  }

  /**
   * The pages a person suggested, newest first, each with what became of it: waiting in the
   * inbox, in preparation (promoted, its item not approved yet), approved, or declined and why;
   * and whether its item can be shared by them now.
   */
  async mine(
    userId: string,
    page: { page: number; pageSize: number },
  ): Promise<{ items: MySuggestion[]; total: number }> {
    const { items, total } = await this.inbox.suggestionsOf(userId, page);
    const itemIds = items.flatMap((entry) => (entry.itemId ? [entry.itemId] : []));
    const approved = await this.content.approvedAtOf(itemIds);
    // Approved is not enough to share: the feed's targeting says whether it is theirs now.
    const shareable = await this.feed.visibleIds(userId, [...approved.keys()]);
    return {
      items: items.map((entry) =>
        entry.itemId
          ? mySuggestion(entry, approved.get(entry.itemId) ?? null, shareable.has(entry.itemId))
          : mySuggestion(entry, null),
      ),
      total,
    };
  }

  private async assertMaySuggest(user: AuthenticatedUser): Promise<void> {
    const enrolled = (await this.enrollments.find(user.id)) !== null;
    if (!maySuggestPages(user.roles, enrolled)) {
      throw new DomainError('forbidden', 'errors:suggestions.notAllowed');
    }
    if ((await this.inbox.suggestionsInDay(user.id, this.clock.now())) >= SUGGESTIONS_PER_DAY) {
      throw new DomainError('too_many_attempts', 'errors:suggestions.dailyLimit', {
        count: SUGGESTIONS_PER_DAY,
      });
    }
  }

  /**
   * The address normalised, when it is a web page Chorus may read: the fetcher's own rules (no
   * private or loopback hosts unless the deployment allows them), checked before it is kept.
   */
  private async publicAddress(address: string): Promise<string> {
    const url = normalizeContentUrl(address);
    if (!url) throw new DomainError('unprocessable', 'errors:suggestions.invalidUrl');
    try {
      await this.fetcher.assertFetchable(url);
    } catch (error) {
      if (!(error instanceof FetchRefusedError)) throw error;
      const host = new URL(url).hostname;
      if (error.reason === 'private_address') {
        throw new DomainError('unprocessable', 'errors:suggestions.notPublic', { host });
      }
      if (error.reason === 'scheme') {
        throw new DomainError('unprocessable', 'errors:suggestions.invalidUrl');
      }
      throw new DomainError('unprocessable', 'errors:suggestions.siteNotFound', { host });
    }
    return url;
  }
}
