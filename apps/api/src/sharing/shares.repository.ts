import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ShareNetwork } from '@chorus/core';

export interface ShareWithFigures {
  id: string;
  code: string;
  network: ShareNetwork;
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
}

export interface ShareTotals {
  shares: number;
  verified: number;
  clicks: number;
  uniqueVisitors: number;
  declaredReach: number;
}

/** A person's shares with what their links earned, counted by the definitions in DESIGN.md. */
@Injectable()
export class SharesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async mine(
    userId: string,
    page: number,
    pageSize: number,
  ): Promise<{ items: ShareWithFigures[]; total: number; totals: ShareTotals }> {
    const [items, [totals]] = await Promise.all([
      this.dataSource.query<ShareWithFigures[]>(
        `SELECT share.id, share.code, share.network, share.text, share.created_at AS "createdAt",
                share.verified_at AS "verifiedAt", share.disabled_at AS "disabledAt",
                share.declared_audience AS "declaredAudience",
                item.id AS "itemId", item.title AS "itemTitle", item.url AS "itemUrl",
                item.site_name AS "itemSiteName", item.image_url AS "itemImageUrl",
                coalesce(figures.clicks, 0)::int AS clicks,
                coalesce(figures.unique_visitors, 0)::int AS "uniqueVisitors",
                coalesce(figures.previews, 0)::int AS previews
           FROM shares share
           JOIN content_items item ON item.id = share.item_id
           LEFT JOIN LATERAL (
             SELECT sum(clicks) AS clicks, sum(unique_visitors) AS unique_visitors,
                    sum(previews) AS previews
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
