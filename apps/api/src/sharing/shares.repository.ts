import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ShareNetwork, ShareSource, SocialNetwork } from '@chorus/core';
import { SocialProfile } from '../profile/entities/social-profile.entity';
import { Share } from './entities/share.entity';

/** What a new share is made of; the database gives it its id, time and calendar day. */
export type NewShareRow = Omit<Share, 'id' | 'createdAt' | 'day' | 'verifiedAt' | 'disabledAt'>;

/** A share made in the past, with its id and the time it was made (history such as the demo's). */
export type BackdatedShareRow = NewShareRow & Pick<Share, 'id' | 'createdAt'>;

export interface ShareWithFigures {
  id: string;
  code: string;
  network: ShareNetwork;
  source: ShareSource;
  text: string;
  createdAt: Date;
  verifiedAt: Date | null;
  disabledAt: Date | null;
  declaredAudience: number | null;
  itemId: string;
  itemTitle: string | null;
  itemUrl: string;
  itemSiteName: string | null;
  itemImageUrl: string | null;
  clicks: number;
  uniqueVisitors: number;
  previews: number;
  /** The sharer's own visits (kind `self`): recorded apart, never clicks. */
  ownVisits: number;
}

export interface ShareTotals {
  shares: number;
  verified: number;
  clicks: number;
  uniqueVisitors: number;
  declaredReach: number;
}

/**
 * Shares and their tracked links, and a person's shares with what their links earned, counted
 * by the definitions in DESIGN.md.
 */
@Injectable()
export class SharesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The share behind a tracked code, with its item and its person, or null. */
  findByCode(code: string): Promise<Share | null> {
    return this.dataSource.manager.findOne(Share, {
      where: { code },
      relations: { item: true, user: true },
    });
  }

  /** One share with its item and its person; throws when there is none. */
  getWithItemAndUser(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOneOrFail(Share, {
      where: { id },
      relations: { item: true, user: true },
    });
  }

  /** One share, locked until the caller's transaction ends, or null. */
  findForUpdate(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(Share, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  save(share: Share, manager: EntityManager = this.dataSource.manager): Promise<Share> {
    return manager.save(share);
  }

  /** Inserts a share; fails on `shares_code_key` when its code is taken. */
  insert(fields: NewShareRow, manager: EntityManager = this.dataSource.manager): Promise<Share> {
    return manager.save(manager.create(Share, fields));
  }

  /**
   * Inserts shares made in the past, with their ids and the times they were made (history
   * written afterwards, such as the demo's); the database works out each one's day.
   */
  async insertBackdated(
    rows: BackdatedShareRow[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (rows.length > 0) await manager.insert(Share, rows);
  }

  /** The handle and audience the person declared on their profile for this network, or null. */
  declaredProfile(userId: string, network: SocialNetwork): Promise<SocialProfile | null> {
    return this.dataSource.manager.findOneBy(SocialProfile, { userId, network });
  }

  async mine(
    userId: string,
    page: number,
    pageSize: number,
  ): Promise<{ items: ShareWithFigures[]; total: number; totals: ShareTotals }> {
    const [items, [totals]] = await Promise.all([
      this.dataSource.query<ShareWithFigures[]>(
        `SELECT share.id, share.code, share.network, share.source, share.text, share.created_at AS "createdAt",
                share.verified_at AS "verifiedAt", share.disabled_at AS "disabledAt",
                share.declared_audience AS "declaredAudience",
                item.id AS "itemId", item.title AS "itemTitle", item.url AS "itemUrl",
                item.site_name AS "itemSiteName", item.image_url AS "itemImageUrl",
                coalesce(figures.clicks, 0)::int AS clicks,
                coalesce(figures.unique_visitors, 0)::int AS "uniqueVisitors",
                coalesce(figures.previews, 0)::int AS previews,
                coalesce(figures.self_clicks, 0)::int AS "ownVisits"
           FROM shares share
           JOIN content_items item ON item.id = share.item_id
           LEFT JOIN LATERAL (
             SELECT sum(clicks) AS clicks, sum(unique_visitors) AS unique_visitors,
                    sum(previews) AS previews, sum(self_clicks) AS self_clicks
               FROM share_click_days WHERE share_id = share.id) figures ON true
          WHERE share.user_id = $1
          ORDER BY share.created_at DESC, share.id DESC
          LIMIT $2 OFFSET $3`,
        [userId, pageSize, (page - 1) * pageSize],
      ),
      this.dataSource.query<(ShareTotals & { total: number })[]>(
        `SELECT count(*)::int AS total, count(*)::int AS shares,
                count(share.verified_at)::int AS verified,
                coalesce(sum(share.declared_audience), 0)::int AS "declaredReach",
                (SELECT coalesce(sum(clicks), 0) FROM share_click_days WHERE user_id = $1)::int
                  AS clicks,
                (SELECT coalesce(sum(unique_visitors), 0) FROM share_click_days WHERE user_id = $1)::int
                  AS "uniqueVisitors"
           FROM shares share WHERE share.user_id = $1`,
        [userId],
      ),
    ]);
    const { total, ...figures } = totals;
    return { items, total, totals: figures };
  }
}
