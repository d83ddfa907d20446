import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  contentTargetUrl,
  type ContentKind,
  type ShareNetwork,
  type Translations,
} from '@chorus/core';
import { ContentItem } from '../content/entities/content-item.entity';
import { Topic } from '../topics/entities/topic.entity';
import { User } from '../users/entities/user.entity';
import { TopicFollow } from './entities/topic-follow.entity';
import { Catalogue, type Audience, type CatalogueItem } from './feed-catalogue';

/** The feed's queries: the catalogue of approved items, the audience, what was shared. */
@Injectable()
export class FeedRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The person the feed is for, their followed topics, and the content revision now. */
  async audienceOf(userId: string): Promise<{ audience: Audience; revision: string } | null> {
    const [row] = await this.dataSource.query<
      {
        department_id: string | null;
        location_id: string | null;
        language: string;
        follows: string[];
        revision: string;
      }[]
    >(
      `SELECT person.department_id, person.location_id, person.language,
              array(SELECT topic_id::text FROM topic_follows WHERE user_id = person.id) AS follows,
              (SELECT revision FROM content_revision WHERE id = 1) AS revision
         FROM users person WHERE person.id = $1`,
      [userId],
    );
    if (!row) return null;
    return {
      revision: row.revision,
      audience: {
        departmentId: row.department_id,
        locationId: row.location_id,
        language: row.language,
        followedTopicIds: new Set(row.follows),
      },
    };
  }

  /** The people of `userIds` who exist, as audiences, and the content revision now. */
  async audiencesOf(
    userIds: string[],
  ): Promise<{ audiences: Map<string, Audience>; revision: string }> {
    const rows = await this.dataSource.query<
      {
        id: string;
        department_id: string | null;
        location_id: string | null;
        language: string;
        follows: string[];
      }[]
    >(
      `SELECT person.id, person.department_id, person.location_id, person.language,
              array(SELECT topic_id::text FROM topic_follows WHERE user_id = person.id) AS follows
         FROM users person WHERE person.id = ANY($1::uuid[])`,
      [userIds],
    );
    const [{ revision }] = await this.dataSource.query<{ revision: string }[]>(
      'SELECT revision FROM content_revision WHERE id = 1',
    );
    return {
      revision,
      audiences: new Map(
        rows.map((row) => [
          row.id,
          {
            departmentId: row.department_id,
            locationId: row.location_id,
            language: row.language,
            followedTopicIds: new Set(row.follows),
          },
        ]),
      ),
    };
  }

  /** The content revision now (kept by database triggers). */
  async revision(): Promise<string> {
    const [row] = await this.dataSource.query<{ revision: string }[]>(
      'SELECT revision FROM content_revision WHERE id = 1',
    );
    return row.revision;
  }

  /**
   * Every approved item that is live or will be (not expired), with its topics, campaign and
   * targets: the catalogue each replica keeps in memory until the content revision changes.
   */
  async catalogue(): Promise<{ catalogue: Catalogue; revision: string }> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [{ revision }] = await manager.query<{ revision: string }[]>(
        'SELECT revision FROM content_revision WHERE id = 1',
      );
      const rows = await manager.query<CatalogueRow[]>(`
        SELECT item.id, item.kind, item.url, item.url_fragment, item.title, item.summary, item.image_url,
               thumbnail.hash AS thumbnail_hash,
               item.site_name, item.language, item.pinned, item.publish_at, item.expires_at,
               coalesce(item.publish_at, item.approved_at, item.created_at) AS sort_at,
               item.target_languages AS languages,
               campaign.id AS campaign_id, campaign.name AS campaign_name,
               coalesce((SELECT json_agg(json_build_object('id', topic.id, 'name', topic.name, 'names', topic.names)
                                         ORDER BY topic.name)
                           FROM content_item_topics tagged JOIN topics topic ON topic.id = tagged.topic_id
                          WHERE tagged.item_id = item.id), '[]') AS topics,
               array(SELECT target.group_id::text FROM content_item_groups target
                       JOIN org_groups target_group ON target_group.id = target.group_id
                      WHERE target.item_id = item.id AND target_group.kind = 'department')
                 AS department_ids,
               array(SELECT target.group_id::text FROM content_item_groups target
                       JOIN org_groups target_group ON target_group.id = target.group_id
                      WHERE target.item_id = item.id AND target_group.kind = 'location')
                 AS location_ids
          FROM content_items item
          LEFT JOIN campaigns campaign ON campaign.id = item.campaign_id
          LEFT JOIN content_thumbnails thumbnail ON thumbnail.item_id = item.id
         WHERE item.status = 'approved' AND (item.expires_at IS NULL OR item.expires_at > now())`);
      return { revision, catalogue: new Catalogue(rows.map(toCatalogueItem)) };
    });
  }

  /** The networks the person already shared each of these items to. */
  async sharedNetworks(userId: string, itemIds: string[]): Promise<Map<string, ShareNetwork[]>> {
    const rows = await this.dataSource.query<{ item_id: string; networks: ShareNetwork[] }[]>(
      `SELECT item_id, array_agg(DISTINCT network::text ORDER BY network::text) AS networks
         FROM shares WHERE user_id = $1 AND item_id = ANY($2::uuid[])
        GROUP BY item_id`,
      [userId, itemIds],
    );
    return new Map(rows.map((row) => [row.item_id, row.networks]));
  }

  /** Which of these items each of these people shared, to any network (absent: none). */
  async sharedItems(userIds: string[], itemIds: string[]): Promise<Map<string, Set<string>>> {
    const rows = await this.dataSource.query<{ user_id: string; item_ids: string[] }[]>(
      `SELECT user_id, array_agg(DISTINCT item_id::text) AS item_ids
         FROM shares WHERE user_id = ANY($1::uuid[]) AND item_id = ANY($2::uuid[])
        GROUP BY user_id`,
      [userIds, itemIds],
    );
    return new Map(rows.map((row) => [row.user_id, new Set(row.item_ids)]));
  }

  /** One item with its suggested posts and campaign; fails when there is none. */
  getItemWithVariants(itemId: string): Promise<ContentItem> {
    return this.dataSource.manager.findOneOrFail(ContentItem, {
      where: { id: itemId },
      relations: { variants: true, campaign: true },
    });
  }

  /** One person; fails when there is none. */
  getPerson(userId: string): Promise<User> {
    return this.dataSource.manager.findOneByOrFail(User, { id: userId });
  }

  /** How many shares used each of these suggested posts (absent: none). */
  async variantUses(variantIds: string[]): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<{ variant_id: string; uses: number }[]>(
      `SELECT variant_id, count(*)::int AS uses FROM shares
        WHERE variant_id = ANY($1::uuid[]) GROUP BY variant_id`,
      [variantIds],
    );
    return new Map(rows.map((row) => [row.variant_id, row.uses]));
  }

  /** Every topic, by name. */
  findTopics(): Promise<Topic[]> {
    return this.dataSource.manager.find(Topic, { order: { nameKey: 'ASC' } });
  }

  /** The topics a person follows. */
  findFollows(userId: string): Promise<TopicFollow[]> {
    return this.dataSource.manager.findBy(TopicFollow, { userId });
  }

  topicExists(topicId: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(Topic, { id: topicId });
  }

  /** Makes a person follow a topic; following it again changes nothing. */
  async insertFollow(
    userId: string,
    topicId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(TopicFollow)
      .values({ userId, topicId })
      .orIgnore()
      .execute();
  }

  async deleteFollow(userId: string, topicId: string): Promise<void> {
    await this.dataSource.manager.delete(TopicFollow, { userId, topicId });
  }
}

interface CatalogueRow {
  id: string;
  kind: ContentKind;
  url: string;
  url_fragment: string | null;
  title: string | null;
  summary: string | null;
  image_url: string | null;
  thumbnail_hash: string | null;
  site_name: string | null;
  language: string | null;
  pinned: boolean;
  publish_at: Date | null;
  expires_at: Date | null;
  sort_at: Date;
  languages: string[];
  campaign_id: string | null;
  campaign_name: string | null;
  topics: { id: string; name: string; names: Translations }[];
  department_ids: string[];
  location_ids: string[];
}

function toCatalogueItem(row: CatalogueRow): CatalogueItem {
  return {
    id: row.id,
    kind: row.kind,
    url: contentTargetUrl(row.url, row.url_fragment),
    title: row.title,
    summary: row.summary,
    imageUrl: row.image_url,
    thumbnailHash: row.thumbnail_hash,
    siteName: row.site_name,
    language: row.language,
    pinned: row.pinned,
    publishAt: row.publish_at?.getTime() ?? null,
    expiresAt: row.expires_at?.getTime() ?? null,
    sortAt: row.sort_at.getTime(),
    topics: row.topics,
    campaign: row.campaign_id ? { id: row.campaign_id, name: row.campaign_name ?? '' } : null,
    departmentIds: row.department_ids,
    locationIds: row.location_ids,
    languages: row.languages,
  };
}
