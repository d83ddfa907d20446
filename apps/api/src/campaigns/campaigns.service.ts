import type { AuditDetail } from '@chorus/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { slugFromName } from './campaign-slug';
import { CreateCampaignDto, UpdateCampaignDto } from './dto/campaign.dto';
import { Campaign } from './entities/campaign.entity';

export interface CampaignWithCount {
  campaign: Campaign;
  itemCount: number;
}

type CampaignFields = Pick<Campaign, 'name' | 'slug' | 'description' | 'startsAt' | 'endsAt'>;
const FIELDS = [
  'name',
  'slug',
  'description',
  'startsAt',
  'endsAt',
] as const satisfies readonly AuditDetail[];

/** Marketing pushes that content belongs to; a campaign's slug is its utm_campaign. */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every campaign, newest first, with how many content items belong to it. */
  async list(): Promise<CampaignWithCount[]> {
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

  async get(id: string, manager: EntityManager = this.campaigns.manager): Promise<Campaign> {
    const campaign = await manager.findOneBy(Campaign, { id });
    if (!campaign) throw new DomainError('not_found', `No campaign with id ${id}.`);
    return campaign;
  }

  /**
   * The campaign content is being put in. An unknown id is the caller's mistake, not a missing
   * page: it is refused as invalid input.
   */
  async getForContent(
    id: string,
    manager: EntityManager = this.campaigns.manager,
  ): Promise<Campaign> {
    const campaign = await manager.findOneBy(Campaign, { id });
    if (!campaign) throw new DomainError('invalid_input', `There is no campaign with id ${id}.`);
    return campaign;
  }

  async getWithCount(id: string): Promise<CampaignWithCount> {
    const campaign = await this.get(id);
    return { campaign, itemCount: await this.countItems(this.campaigns.manager, id) };
  }

  /** Whether a campaign with this id exists (content checks the campaign it is put in). */
  exists(id: string, manager: EntityManager = this.campaigns.manager): Promise<boolean> {
    return manager.existsBy(Campaign, { id });
  }

  async create(input: CreateCampaignDto, actor: AuditActor): Promise<Campaign> {
    const fields: CampaignFields = {
      name: input.name.trim(),
      slug: input.slug ?? this.slugFor(input.name),
      description: input.description ?? null,
      startsAt: toDate(input.startsAt),
      endsAt: toDate(input.endsAt),
    };
    assertDateOrder(fields);
    return this.dataSource.transaction(async (manager) => {
      await this.assertSlugFree(manager, fields.slug, input.slug === undefined);
      const campaign = await manager.save(manager.create(Campaign, fields));
      await this.audit.record(
        {
          actor,
          action: 'campaign.created',
          target: this.target(campaign),
          summary: { after: snapshot(campaign, FIELDS) },
        },
        manager,
      );
      return campaign;
    });
  }

  /** Changes the fields given; the audit entry holds the ones that changed, before and after. */
  async update(
    id: string,
    changes: UpdateCampaignDto,
    actor: AuditActor,
  ): Promise<CampaignWithCount> {
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.getForUpdate(manager, id);
      const next: CampaignFields = {
        name: changes.name?.trim() ?? campaign.name,
        slug: changes.slug ?? campaign.slug,
        description: changes.description === undefined ? campaign.description : changes.description,
        startsAt: changes.startsAt === undefined ? campaign.startsAt : toDate(changes.startsAt),
        endsAt: changes.endsAt === undefined ? campaign.endsAt : toDate(changes.endsAt),
      };
      assertDateOrder(next);
      const changed = FIELDS.filter(
        (field) => JSON.stringify(campaign[field]) !== JSON.stringify(next[field]),
      );
      if (changed.length > 0) {
        if (next.slug !== campaign.slug) await this.assertSlugFree(manager, next.slug, false);
        const before = snapshot(campaign, changed);
        Object.assign(campaign, next);
        await manager.save(campaign);
        await this.audit.record(
          {
            actor,
            action: 'campaign.updated',
            target: this.target(campaign),
            summary: { before, after: snapshot(campaign, changed) },
          },
          manager,
        );
      }
      return { campaign, itemCount: await this.countItems(manager, id) };
    });
  }

  /** Deletes a campaign; its content stays, in no campaign. */
  async remove(id: string, actor: AuditActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const campaign = await this.getForUpdate(manager, id);
      const items = await this.countItems(manager, id);
      await manager.delete(Campaign, { id });
      await this.audit.record(
        {
          actor,
          action: 'campaign.deleted',
          target: this.target(campaign),
          summary: { slug: campaign.slug, items },
        },
        manager,
      );
    });
  }

  private slugFor(name: string): string {
    const slug = slugFromName(name);
    if (!slug) {
      throw new DomainError(
        'invalid_input',
        `No slug can be made from the name "${name.trim()}": give a slug of lower-case letters, digits and hyphens, e.g. spring-launch-2026.`,
      );
    }
    return slug;
  }

  private async assertSlugFree(
    manager: EntityManager,
    slug: string,
    derived: boolean,
  ): Promise<void> {
    const holder = await manager.findOneBy(Campaign, { slug });
    if (!holder) return;
    throw new DomainError(
      'conflict',
      derived
        ? `The slug "${slug}", made from the name, is already used by the campaign "${holder.name}". Give this campaign a slug of its own.`
        : `The slug "${slug}" is already used by the campaign "${holder.name}". Choose another slug.`,
    );
  }

  /** The campaign, locked until the transaction ends, so concurrent edits audit truthfully. */
  private async getForUpdate(manager: EntityManager, id: string): Promise<Campaign> {
    const campaign = await manager.findOne(Campaign, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!campaign) throw new DomainError('not_found', `No campaign with id ${id}.`);
    return campaign;
  }

  private async countItems(manager: EntityManager, id: string): Promise<number> {
    const [{ count }] = await manager.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM content_items WHERE campaign_id = $1',
      [id],
    );
    return count;
  }

  private target(campaign: Campaign) {
    return { type: 'campaign' as const, id: campaign.id, label: campaign.name };
  }
}

function toDate(value: string | null | undefined): Date | null {
  return value ? new Date(value) : null;
}

function assertDateOrder({ startsAt, endsAt }: Pick<CampaignFields, 'startsAt' | 'endsAt'>) {
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) {
    throw new DomainError(
      'invalid_input',
      `endsAt must be after startsAt: the campaign cannot end (${endsAt.toISOString()}) before or as it starts (${startsAt.toISOString()}).`,
    );
  }
}

/** The fields as the audit log keeps them: dates as ISO strings. */
function snapshot(fields: CampaignFields, keys: readonly (keyof CampaignFields)[]) {
  return Object.fromEntries(
    keys.map((key) => {
      const value = fields[key];
      return [key, value instanceof Date ? value.toISOString() : value];
    }),
  );
}
