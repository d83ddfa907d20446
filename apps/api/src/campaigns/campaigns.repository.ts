import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Campaign } from './entities/campaign.entity';

export interface CampaignWithCount {
  campaign: Campaign;
  itemCount: number;
}

export type CampaignFields = Pick<
  Campaign,
  'name' | 'slug' | 'description' | 'startsAt' | 'endsAt'
>;

/** The campaigns, and how much content belongs to each. */
@Injectable()
export class CampaignsRepository {
  constructor(@InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>) {}

  /** Every campaign, newest first, with how many content items belong to it. */
  async listWithItemCounts(): Promise<CampaignWithCount[]> {
    const { entities, raw } = await this.campaigns
      .createQueryBuilder('campaign')
      .addSelect(
        (count) =>
          count
            .select('count(*)::int')
            .from('content_items', 'item')
            .where('item.campaign_id = campaign.id'),
        'item_count',
      )
      .orderBy('campaign.created_at', 'DESC')
      .addOrderBy('campaign.id', 'DESC')
      .getRawAndEntities<{ item_count: number }>();
    return entities.map((campaign, index) => ({ campaign, itemCount: raw[index].item_count }));
  }

  findById(id: string, manager: EntityManager = this.campaigns.manager): Promise<Campaign | null> {
    return manager.findOneBy(Campaign, { id });
  }

  /** The campaign, locked until the transaction ends. */
  findByIdForUpdate(id: string, manager: EntityManager): Promise<Campaign | null> {
    return manager.findOne(Campaign, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  findBySlug(slug: string, manager: EntityManager = this.campaigns.manager) {
    return manager.findOneBy(Campaign, { slug });
  }

  exists(id: string, manager: EntityManager = this.campaigns.manager): Promise<boolean> {
    return manager.existsBy(Campaign, { id });
  }

  /** How many content items belong to the campaign. */
  async countItems(id: string, manager: EntityManager = this.campaigns.manager): Promise<number> {
    const [{ count }] = await manager.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM content_items WHERE campaign_id = $1',
      [id],
    );
    return count;
  }

  insert(fields: CampaignFields, manager: EntityManager = this.campaigns.manager) {
    return manager.save(manager.create(Campaign, fields));
  }

  save(campaign: Campaign, manager: EntityManager = this.campaigns.manager): Promise<Campaign> {
    return manager.save(campaign);
  }

  async delete(id: string, manager: EntityManager = this.campaigns.manager): Promise<void> {
    await manager.delete(Campaign, { id });
  }
}
