import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import type { EscalationNetwork } from '@chorus/core';
import { ChatChannel } from './entities/chat-channel.entity';

/** An approved item, as a chat message and the channel filters need it. */
export interface ItemForChat {
  id: string;
  title: string;
  summary: string | null;
  siteName: string | null;
  language: string | null;
  thumbnailHash: string | null;
  topicIds: string[];
  departmentIds: string[];
}

/** A report, as a chat message shows it. */
export interface ReportForChat {
  id: string;
  network: EscalationNetwork;
  url: string;
  excerpt: string;
  description: string;
  reporterName: string | null;
}

/** What a failed delivery did to its channel. */
export interface FailureRecord {
  consecutiveFailures: number;
  failingSince: Date | null;
  /** This failure is the one that made the channel failing (the start of a streak). */
  startedFailing: boolean;
}

/** The chat channels, their filters and health, and what their messages show. */
@Injectable()
export class ChannelsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every channel with its filters, by name. */
  all(): Promise<ChatChannel[]> {
    return this.dataSource.getRepository(ChatChannel).find({
      relations: { topics: true, departments: true },
      order: { name: 'ASC' },
    });
  }

  /** One channel with its filters, or null. */
  find(id: string, manager: EntityManager = this.dataSource.manager): Promise<ChatChannel | null> {
    return manager.findOne(ChatChannel, {
      where: { id },
      relations: { topics: true, departments: true },
    });
  }

  /** Whether another channel already has this name (case-insensitive). */
  async nameTaken(name: string, exceptId: string | null, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM chat_channels WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2 LIMIT 1`,
      [name, exceptId],
    );
    return rows.length > 0;
  }

  save(fields: DeepPartial<ChatChannel>, manager: EntityManager): Promise<ChatChannel> {
    return manager.save(manager.create(ChatChannel, fields));
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await manager.delete(ChatChannel, { id });
  }

  /** The channels that receive approved items, with their filters. */
  receivingItems(manager: EntityManager): Promise<ChatChannel[]> {
    return manager.find(ChatChannel, {
      where: { receivesItems: true },
      relations: { topics: true, departments: true },
    });
  }

  /** The ids of the channels that receive new reports. */
  async receivingReports(manager: EntityManager): Promise<string[]> {
    const rows = await manager.find(ChatChannel, {
      select: { id: true },
      where: { receivesReports: true },
    });
    return rows.map(({ id }) => id);
  }

  /** An approved item with its topics, the departments it is meant for and its thumbnail. */
  async approvedItem(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ItemForChat | null> {
    const [row] = await manager.query<ItemForChat[]>(
      `SELECT item.id, coalesce(item.title, item.url) AS "title", item.summary,
              item.site_name AS "siteName", item.language, thumbnail.hash AS "thumbnailHash",
              coalesce((SELECT array_agg(topic_id) FROM content_item_topics WHERE item_id = item.id),
                       '{}') AS "topicIds",
              coalesce((SELECT array_agg(targets.group_id)
                          FROM content_item_groups targets
                          JOIN org_groups g ON g.id = targets.group_id AND g.kind = 'department'
                         WHERE targets.item_id = item.id), '{}') AS "departmentIds"
         FROM content_items item
         LEFT JOIN content_thumbnails thumbnail ON thumbnail.item_id = item.id
        WHERE item.id = $1 AND item.status = 'approved'`,
      [id],
    );
    return row ?? null;
  }

  /** A report with its reporter's name. */
  async report(id: string): Promise<ReportForChat | null> {
    const [row] = await this.dataSource.query<ReportForChat[]>(
      `SELECT report.id, report.network, report.url, report.excerpt, report.description,
              reporter.name AS "reporterName"
         FROM escalations report
         LEFT JOIN users reporter ON reporter.id = report.reporter_id
        WHERE report.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** A delivery arrived: the channel is healthy again. */
  async recordSuccess(id: string, at: Date): Promise<void> {
    await this.dataSource.manager.update(ChatChannel, id, {
      consecutiveFailures: 0,
      failingSince: null,
      lastError: null,
      lastDeliveredAt: at,
    });
  }

  /**
   * A delivery failed: one more failure in a row, and the channel failing from the
   * `threshold`-th on. Says whether this failure started the failing streak.
   */
  async recordFailure(
    id: string,
    error: string,
    threshold: number,
    manager: EntityManager,
  ): Promise<FailureRecord | null> {
    // An UPDATE answers [rows, count] through TypeORM's PostgreSQL driver.
    const [[row]] = await manager.query<
      [{ consecutive_failures: number; failing_since: Date | null; was_failing: boolean }[], number]
    >(
      `WITH before AS (SELECT failing_since FROM chat_channels WHERE id = $1 FOR UPDATE)
       UPDATE chat_channels channel
          SET consecutive_failures = channel.consecutive_failures + 1,
              last_error = $2,
              failing_since = CASE
                WHEN channel.failing_since IS NULL AND channel.consecutive_failures + 1 >= $3
                THEN now() ELSE channel.failing_since END
         FROM before
        WHERE channel.id = $1
       RETURNING channel.consecutive_failures, channel.failing_since,
                 before.failing_since IS NOT NULL AS was_failing`,
      [id, error.slice(0, 500), threshold],
    );
    if (!row) return null;
    return {
      consecutiveFailures: row.consecutive_failures,
      failingSince: row.failing_since,
      startedFailing: !row.was_failing && row.failing_since !== null,
    };
  }

  /** A test message failed: the admin sees why, and the delivery streak is left as it is. */
  async recordTestFailure(id: string, error: string): Promise<void> {
    await this.dataSource.manager.update(ChatChannel, id, { lastError: error.slice(0, 500) });
  }

  /** The active admins, who are told when a channel fails. */
  async activeAdminIds(manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM users WHERE status = 'active' AND 'admin' = ANY(roles)`,
    );
    return rows.map(({ id }) => id);
  }
}
