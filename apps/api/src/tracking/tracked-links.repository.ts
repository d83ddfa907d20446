import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ShareNetwork } from '@chorus/core';

/** A tracked link as the redirect reads it: the share, its item and the item's campaign. */
export interface LinkRow {
  share_id: string;
  /** The sharer; null once they deleted their account. */
  user_id: string | null;
  network: ShareNetwork;
  code: string;
  disabled: boolean;
  verified: boolean;
  url: string;
  url_fragment: string | null;
  title: string | null;
  campaign: string | null;
}

/** The shares behind tracked codes, read by the redirect (/r/{code}) on a cache miss. */
@Injectable()
export class TrackedLinksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The link with this code: one row, or none when the code is unknown. */
  findByCode(code: string): Promise<LinkRow[]> {
    return this.dataSource.query<LinkRow[]>(
      `SELECT share.id AS share_id, share.user_id, share.network, share.code,
              share.disabled_at IS NOT NULL AS disabled, share.verified_at IS NOT NULL AS verified,
              item.url, item.url_fragment, item.title, campaign.slug AS campaign
         FROM shares share
         JOIN content_items item ON item.id = share.item_id
         LEFT JOIN campaigns campaign ON campaign.id = item.campaign_id
        WHERE share.code = $1`,
      [code],
    );
  }
}
