import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager, IsNull, Not } from 'typeorm';
import type { EntryQueryDto } from './dto/sources.dto';
import { ContentSource } from './entities/content-source.entity';
import { SourceEntry } from './entities/source-entry.entity';
import type { FeedEntry } from './feeds/parse-feed';

/** What a poll records on its source. */
export type PollState = Partial<
  Pick<
    ContentSource,
    | 'title'
    | 'etag'
    | 'lastModified'
    | 'lastPolledAt'
    | 'lastSuccessAt'
    | 'lastError'
    | 'consecutiveFailures'
  >
>;

/** The feeds curators follow, and the links they suggest (the inbox). */
@Injectable()
export class SourcesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every source with its topics, oldest first. */
  all(): Promise<ContentSource[]> {
    return this.dataSource
      .getRepository(ContentSource)
      .find({ relations: { topics: true }, order: { createdAt: 'ASC' } });
  }

  /** How many new suggestions each source has (sources without any, and people's, are left out). */
  newEntryCounts(): Promise<{ source_id: string; count: number }[]> {
    return this.dataSource.query<{ source_id: string; count: number }[]>(
      `SELECT source_id, count(*)::int AS count FROM source_entries
        WHERE state = 'new' AND source_id IS NOT NULL GROUP BY source_id`,
    );
  }

  /** One source with its topics, or null. */
  findWithTopics(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(ContentSource, {
      where: { id },
      relations: { topics: true },
    });
  }

  /** One source, or null. */
  findById(id: string): Promise<ContentSource | null> {
    return this.dataSource.getRepository(ContentSource).findOneBy({ id });
  }

  existsByUrl(url: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(ContentSource, { url });
  }

  insert(
    fields: DeepPartial<ContentSource>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ContentSource> {
    return manager.save(manager.create(ContentSource, fields));
  }

  save(
    source: ContentSource,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ContentSource> {
    return manager.save(source);
  }

  async delete(id: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.delete(ContentSource, { id });
  }

  /** The sources due for a poll: never polled, or polled at least their interval ago. */
  async dueIds(): Promise<string[]> {
    const due = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM content_sources
        WHERE last_polled_at IS NULL
           OR last_polled_at <= now() - make_interval(mins => poll_interval_minutes)`,
    );
    return due.map(({ id }) => id);
  }

  /** Records how a poll went on its source. */
  async recordPoll(
    id: string,
    state: PollState,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.update(ContentSource, id, state);
  }

  /** Records a failed poll; returns how many polls in a row have failed now. */
  async recordFailure(
    id: string,
    failure: { polledAt: Date; error: string },
    manager: EntityManager,
  ): Promise<number> {
    const [rows] = await manager.query<[{ failures: number }[], number]>(
      `UPDATE content_sources
          SET last_polled_at = $2, last_error = $3,
              consecutive_failures = consecutive_failures + 1
        WHERE id = $1
       RETURNING consecutive_failures AS failures`,
      [id, failure.polledAt, failure.error],
    );
    return rows[0]?.failures ?? 0;
  }

  /**
   * Suggests the feed's links, except those already suggested (by any source) and those
   * already content (by their address or their canonical address).
   */
  async suggest(
    sourceId: string,
    links: FeedEntry[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO source_entries (source_id, url, title, published_at)
       SELECT $1, e.url, e.title, e.published_at
         FROM unnest($2::varchar[], $3::varchar[], $4::timestamptz[]) AS e(url, title, published_at)
        WHERE NOT EXISTS (
          SELECT 1 FROM content_items c WHERE c.url = e.url OR c.canonical_url = e.url)
       ON CONFLICT (url) DO NOTHING`,
      [
        sourceId,
        links.map((link) => link.url),
        links.map((link) => link.title),
        links.map((link) => link.publishedAt),
      ],
    );
  }

  /**
   * The inbox: newest first, by state and optionally one source, or only people's suggestions
   * (no source) or only feeds'.
   */
  async entries(query: EntryQueryDto): Promise<{ items: SourceEntry[]; total: number }> {
    const origin =
      query.origin === 'people'
        ? { sourceId: IsNull() }
        : query.origin === 'feeds'
          ? { sourceId: Not(IsNull()) }
          : {};
    const [items, total] = await this.dataSource.getRepository(SourceEntry).findAndCount({
      where: {
        state: query.state,
        ...origin,
        ...(query.sourceId ? { sourceId: query.sourceId } : {}),
      },
      relations: { source: true, suggestedBy: true },
      order: { publishedAt: { direction: 'DESC', nulls: 'LAST' }, createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items, total };
  }

  /** One suggestion with the person who made it, if a person did, or null. */
  findEntry(id: string): Promise<SourceEntry | null> {
    return this.dataSource
      .getRepository(SourceEntry)
      .findOne({ where: { id }, relations: { suggestedBy: true } });
  }

  /** The suggestion of this (normalised) address, locked until the transaction ends, or null. */
  findEntryByUrlForUpdate(url: string, manager: EntityManager): Promise<SourceEntry | null> {
    return manager.findOne(SourceEntry, { where: { url }, lock: { mode: 'pessimistic_write' } });
  }

  /** Whether the inbox has, or had, a suggestion of this (normalised) address. */
  entryExistsByUrl(url: string): Promise<boolean> {
    return this.dataSource.getRepository(SourceEntry).existsBy({ url });
  }

  /**
   * Puts a person's suggestion in the inbox; returns its id, or null when the address was
   * suggested meanwhile (by a feed or a person): one suggestion per address.
   */
  async insertSuggestion(
    fields: {
      url: string;
      title: string;
      note: string | null;
      suggestedById: string;
      /** Now, unless told (the demo's suggestions of the past days). */
      createdAt?: Date;
    },
    manager: EntityManager,
  ): Promise<string | null> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO source_entries (url, title, note, suggested_by_id, created_at)
       VALUES ($1, $2, $3, $4, coalesce($5, now()))
       ON CONFLICT (url) DO NOTHING
       RETURNING id`,
      [fields.url, fields.title, fields.note, fields.suggestedById, fields.createdAt ?? null],
    );
    return rows[0]?.id ?? null;
  }

  /** How many pages a person suggested in the 24 hours before `now`. */
  async suggestionsInDay(userId: string, now: Date): Promise<number> {
    const [row] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM source_entries
        WHERE suggested_by_id = $1 AND created_at > $2::timestamptz - interval '24 hours'`,
      [userId, now],
    );
    return row.count;
  }

  /** The pages a person suggested, newest first (for their export of their data). */
  suggestedBy(userId: string): Promise<SourceEntry[]> {
    return this.dataSource
      .getRepository(SourceEntry)
      .find({ where: { suggestedById: userId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** Gives a suggestion a note, unless it has one already. */
  async addNoteIfNone(id: string, note: string, manager: EntityManager): Promise<void> {
    await manager.update(SourceEntry, { id, note: IsNull() }, { note });
  }

  /** One suggestion, as the transaction sees it; fails when there is none. */
  getEntry(id: string, manager: EntityManager): Promise<SourceEntry> {
    return manager.findOneByOrFail(SourceEntry, { id });
  }

  /**
   * Settles a suggestion that is still new, recording who decided and when (and why, for a
   * dismissal that gives a reason); returns whether it was (false: someone else did).
   */
  async settleEntry(
    id: string,
    decision: {
      state: 'promoted' | 'dismissed';
      itemId: string | null;
      declineReason: string | null;
      decidedById: string | null;
      /** Now, unless told (the demo's decisions of the past days). */
      decidedAt?: Date;
    },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const { decidedAt, ...fields } = decision;
    const result = await manager.update(
      SourceEntry,
      { id, state: 'new' },
      { ...fields, decidedAt: decidedAt ?? (() => 'now()') },
    );
    return Boolean(result.affected);
  }

  /**
   * The person an item credits for suggesting its page, when it was promoted from a person's
   * suggestion (the earliest, should several lead to it) and their account still exists.
   */
  async suggesterOf(itemId: string): Promise<{ id: string; name: string } | null> {
    const rows = await this.dataSource.query<{ id: string; name: string }[]>(
      `SELECT person.id, person.name
         FROM source_entries entry JOIN users person ON person.id = entry.suggested_by_id
        WHERE entry.item_id = $1
        ORDER BY entry.created_at
        LIMIT 1`,
      [itemId],
    );
    return rows[0] ?? null;
  }

  /** People's suggestions that were promoted to this item, as the transaction sees them. */
  promotedSuggestionsOf(itemId: string, manager: EntityManager): Promise<SourceEntry[]> {
    return manager.find(SourceEntry, {
      where: { itemId, state: 'promoted', suggestedById: Not(IsNull()) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** A page of the suggestions a person made, newest first. */
  async suggestionsOf(
    userId: string,
    page: { page: number; pageSize: number },
  ): Promise<{ items: SourceEntry[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(SourceEntry).findAndCount({
      where: { suggestedById: userId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    });
    return { items, total };
  }
}
