import type { AuditDetail } from '@chorus/core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { slugFromName } from './campaign-slug';
import {
  CampaignsRepository,
  type CampaignFields,
  type CampaignWithCount,
} from './campaigns.repository';
import { CreateCampaignDto, UpdateCampaignDto } from './dto/campaign.dto';
import { Campaign } from './entities/campaign.entity';

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
    private readonly campaigns: CampaignsRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** Every campaign, newest first, with how many content items belong to it. */
  list(): Promise<CampaignWithCount[]> {
    return this.campaigns.listWithItemCounts();
  }

  async get(id: string, manager?: EntityManager): Promise<Campaign> {
    const campaign = await this.campaigns.findById(id, manager);
    if (!campaign) throw new DomainError('not_found', 'errors:campaigns.notFound', { id });
    return campaign;
  }

  /**
   * The campaign content is being put in. An unknown id is the caller's mistake, not a missing
   * page: it is refused as invalid input.
   */
  async getForContent(id: string, manager?: EntityManager): Promise<Campaign> {
    const campaign = await this.campaigns.findById(id, manager);
    if (!campaign) throw new DomainError('invalid_input', 'errors:campaigns.unknown', { id });
    return campaign;
  }

  async getWithCount(id: string): Promise<CampaignWithCount> {
    const campaign = await this.get(id);
    return { campaign, itemCount: await this.campaigns.countItems(id) };
  }

  /** Whether a campaign with this id exists (content checks the campaign it is put in). */
  exists(id: string, manager?: EntityManager): Promise<boolean> {
    return this.campaigns.exists(id, manager);
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
    return this.transactions.run(async (manager) => {
      await this.assertSlugFree(manager, fields.slug, input.slug === undefined);
      const campaign = await this.campaigns.insert(fields, manager);
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
    return this.transactions.run(async (manager) => {
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
        await this.campaigns.save(campaign, manager);
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
      return { campaign, itemCount: await this.campaigns.countItems(id, manager) };
    });
  }

  /** Deletes a campaign; its content stays, in no campaign. */
  async remove(id: string, actor: AuditActor): Promise<void> {
    await this.transactions.run(async (manager) => {
      const campaign = await this.getForUpdate(manager, id);
      const items = await this.campaigns.countItems(id, manager);
      await this.campaigns.delete(id, manager);
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
      throw new DomainError('invalid_input', 'errors:campaigns.noSlugFromName', {
        name: name.trim(),
      });
    }
    return slug;
  }

  private async assertSlugFree(
    manager: EntityManager,
    slug: string,
    derived: boolean,
  ): Promise<void> {
    const holder = await this.campaigns.findBySlug(slug, manager);
    if (!holder) return;
    throw new DomainError(
      'conflict',
      derived ? 'errors:campaigns.slugTakenByName' : 'errors:campaigns.slugTaken',
      { slug, holder: holder.name },
    );
  }

  /** The campaign, locked until the transaction ends, so concurrent edits audit truthfully. */
  private async getForUpdate(manager: EntityManager, id: string): Promise<Campaign> {
    const campaign = await this.campaigns.findByIdForUpdate(id, manager);
    if (!campaign) throw new DomainError('not_found', 'errors:campaigns.notFound', { id });
    return campaign;
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
    throw new DomainError('invalid_input', 'errors:campaigns.endsBeforeStart', {
      endsAt: endsAt.toISOString(),
      startsAt: startsAt.toISOString(),
    });
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
