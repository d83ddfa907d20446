import { Inject, Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import {
  buildShareIntent,
  isSocialNetwork,
  parseMastodonHandle,
  type ShareNetwork,
  type ShareSource,
} from '@chorus/core';
import { AuditActor, AuditService } from '../audit/audit.service';
import { Transactions } from '../database/transactions';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { publicAddress } from '../config/public-address';
import { SettingsService } from '../settings/settings.service';
import { LinkResolver } from '../tracking/link-resolver';
import type { SocialProfile } from '../profile/entities/social-profile.entity';
import { Share } from './entities/share.entity';
import { ShareGateService } from './share-gate.service';
import { PointsService } from '../points/points.service';
import { NewShareRow, SharesRepository, ShareTotals, ShareWithFigures } from './shares.repository';
import { newTrackedCode } from './tracked-code';

export interface NewShare {
  contentId: string;
  network: ShareNetwork;
  text: string;
  /** The language of the post, as its writer says. */
  language?: string | null;
  /** Where the share was started; the feed unless the person came from elsewhere. */
  source?: ShareSource;
}

/** A share with the address of its tracked link. */
export interface LinkedShare<T = Share> {
  share: T;
  trackedUrl: string;
}

export interface CreatedShare {
  share: Share;
  trackedUrl: string;
  intentUrl: string;
  copyTextFirst: boolean;
}

/** Recording shares: each one a tracked link of its own, behind every gate a share passes. */
@Injectable()
export class SharesService {
  constructor(
    private readonly transactions: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly gate: ShareGateService,
    private readonly settings: SettingsService,
    private readonly links: LinkResolver,
    private readonly audit: AuditService,
    private readonly repository: SharesRepository,
    private readonly points: PointsService,
  ) {}

  private trackedUrl(code: string): string {
    return `${publicAddress(this.config)}/r/${code}`;
  }

  /** A page of the person's shares, newest first, with what each link earned, and their totals. */
  async mine(
    userId: string,
    page: number,
    pageSize: number,
  ): Promise<{ items: LinkedShare<ShareWithFigures>[]; total: number; totals: ShareTotals }> {
    const { items, total, totals } = await this.repository.mine(userId, page, pageSize);
    return { items: items.map((share) => this.linked(share)), total, totals };
  }

  /**
   * Records a share after every check, with the audience the person declared for the network
   * as it is today, and returns the tracked link and the network's share-intent address.
   */
  async create(userId: string, input: NewShare): Promise<CreatedShare> {
    const { enabledNetworks, linkedinComposer } = await this.settings.get();
    if (!enabledNetworks.includes(input.network)) {
      throw new DomainError('unprocessable', 'errors:sharing.networkOff', {
        network: input.network,
      });
    }
    const { source = 'feed', ...request } = input;
    const clearance = await this.gate.clear({ ...request, userId });
    const item = clearance.item!;
    const profile = isSocialNetwork(input.network)
      ? await this.repository.declaredProfile(userId, input.network)
      : null;
    const mastodonInstance = input.network === 'mastodon' ? mastodonInstanceOf(profile) : null;
    const declaredAudience = profile?.audienceSize ?? null;
    const share = await this.insertWithFreshCode({
      userId,
      itemId: item.id,
      network: input.network,
      source,
      variantId: clearance.variant?.id ?? null,
      text: input.text.trim(),
      edited: clearance.edited,
      declaredAudience,
    });
    const trackedUrl = this.trackedUrl(share.code);
    const intent = buildShareIntent({
      network: input.network,
      text: share.text,
      url: trackedUrl,
      title: item.title ?? undefined,
      linkedinComposer,
      mastodonInstance,
    });
    return { share, trackedUrl, intentUrl: intent.intentUrl, copyTextFirst: intent.copyTextFirst };
  }

  /** The share behind a tracked code, for admins who need to turn a link off. */
  async findByCode(code: string): Promise<LinkedShare> {
    const share = await this.repository.findByCode(code);
    if (!share) throw new DomainError('not_found', 'errors:sharing.linkNotFound', { code });
    return this.linked(share);
  }

  /** Turns a tracked link off (410 Gone) or on again. */
  async setDisabled(shareId: string, disabled: boolean, actor: AuditActor): Promise<LinkedShare> {
    const updated = await this.transactions.run(async (manager) => {
      const share = await this.repository.findForUpdate(shareId, manager);
      if (!share)
        throw new DomainError('not_found', 'errors:sharing.shareNotFound', { id: shareId });
      // Already so: nothing to write, and the same answer as a change gives.
      if (Boolean(share.disabledAt) === disabled) {
        return this.repository.getWithItemAndUser(shareId, manager);
      }
      share.disabledAt = disabled ? new Date() : null;
      await this.repository.save(share, manager);
      await this.audit.record(
        {
          actor,
          action: disabled ? 'share.link_disabled' : 'share.link_enabled',
          target: { type: 'share', id: share.id, label: `/r/${share.code}` },
        },
        manager,
      );
      this.links.forget(share.code);
      return this.repository.getWithItemAndUser(shareId, manager);
    });
    return this.linked(updated);
  }

  private linked<T extends { code: string }>(share: T): LinkedShare<T> {
    return { share, trackedUrl: this.trackedUrl(share.code) };
  }

  private async insertWithFreshCode(
    // The database works out the share's calendar day from its time (see the migration).
    fields: Omit<NewShareRow, 'code'>,
  ): Promise<Share> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        // The share and its person's stale points commit together.
        return await this.transactions.run(async (manager) => {
          const share = await this.repository.insert(
            { ...fields, code: newTrackedCode() },
            manager,
          );
          await this.points.markStale([fields.userId], manager);
          return share;
        });
      } catch (error) {
        const taken =
          error instanceof QueryFailedError &&
          (error.driverError as { constraint?: string }).constraint === 'shares_code_key';
        if (!taken || attempt >= 3) throw error;
      }
    }
  }
}

/**
 * The server a Mastodon share goes to, from the handle on the person's profile: Mastodon has no
 * share page of its own. Without one, nothing is recorded and the person is told to add it.
 */
function mastodonInstanceOf(profile: SocialProfile | null): string {
  const handle = profile?.handle ? parseMastodonHandle(profile.handle) : null;
  if (!handle) throw new DomainError('unprocessable', 'errors:sharing.mastodonHandleMissing');
  return handle.instance;
}
