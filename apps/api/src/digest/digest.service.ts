import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { UiLanguage } from '@chorus/core';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { publicAddress } from '../config/public-address';
import { sharedThumbnailUrl } from '../content/thumbnails/thumbnail-url';
import { Transactions } from '../database/transactions';
import { DomainError } from '../common/domain-error';
import type { CatalogueItem } from '../feed/feed-catalogue';
import { FeedService } from '../feed/feed.service';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { mailSender, renderMail } from '../mail/templates/mail-template';
import { UnsubscribeService } from '../notifications/unsubscribe.service';
import { SettingsService } from '../settings/settings.service';
import type { OrgSettings } from '../settings/org-settings';
import { digestMail, type DigestMailParams } from './digest-mail';
import { DigestRepository, type DueRecipient, type SinceFigures } from './digest.repository';
import { digestNetworks } from './digest-networks';

export const DIGEST_QUEUE = 'digest';
/** The job looks for due digests this often (UTC cron): a digest leaves within 15 minutes of its hour. */
export const DIGEST_CRON = '*/15 * * * *';
/** At most this many items in one digest. */
export const DIGEST_MAX_ITEMS = 8;
/** People read, chosen for and queued together: one transaction each. */
export const DIGEST_BATCH = 100;
/**
 * A digest missed for longer than this (Chorus was down at the person's hour) is not sent late:
 * the next period's comes instead.
 */
export const DIGEST_GRACE_MS = 6 * 3_600_000;

const PERIOD_MS = { weekly: 7 * 86_400_000, daily: 86_400_000 } as const;

/** A digest composed for one person: what it offers and the mail's parameters. */
export interface ComposedDigest {
  recipient: DueRecipient;
  itemIds: string[];
  params: DigestMailParams;
  /** Whether it says anything the previous digest did not: otherwise none is sent. */
  hasNews: boolean;
  /** List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) for the digest. */
  headers: Record<string, string>;
}

export interface DigestPreview {
  subject: string;
  html: string;
  text: string;
  language: UiLanguage;
}

export interface DigestRunResult {
  /** Digests queued by this run. */
  queued: number;
  /** People due with nothing new: no digest this period. */
  skipped: number;
  /** The most JavaScript heap in use after any batch, in bytes (for `npm run bench:digest`). */
  heapPeakBytes: number;
}

/**
 * The digest: once per period (weekly by default, or daily, at the person's weekday and hour in
 * their time zone), each enrolled, active employee gets the items for them they have not shared,
 * their figures since the previous digest and what is new in the policy and training; nothing
 * when there is nothing new. Queued through the mail queue in the transaction that records it,
 * so a run twice or on two replicas at once queues one digest per person and period.
 */
@Injectable()
export class DigestService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly digests: DigestRepository,
    private readonly feed: FeedService,
    private readonly mail: MailService,
    private readonly unsubscribe: UnsubscribeService,
    private readonly settings: SettingsService,
    private readonly transactions: Transactions,
    private readonly jobs: JobsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(DIGEST_QUEUE, DIGEST_CRON, async () => {
      const result = await this.run();
      if (result.queued || result.skipped) {
        this.logger.log(
          `Digests: ${result.queued} queued, ${result.skipped} with nothing new this period ` +
            `(heap peak ${Math.round(result.heapPeakBytes / 1_048_576)} MB)`,
        );
      }
    });
  }

  /** Queues every digest due at `now`, in batches of people. */
  async run(now = new Date()): Promise<DigestRunResult> {
    const settings = await this.settings.get();
    const result: DigestRunResult = { queued: 0, skipped: 0, heapPeakBytes: 0 };
    let after: string | null = null;
    for (;;) {
      const batch = await this.digests.due({
        now,
        orgTimeZone: settings.timeZone,
        graceMs: DIGEST_GRACE_MS,
        afterUserId: after,
        limit: DIGEST_BATCH,
      });
      if (batch.length === 0) return result;
      after = batch[batch.length - 1].userId;
      const composed = await this.compose(batch, settings, now);
      const worth = composed.filter((digest) => digest.hasNews);
      result.skipped += composed.length - worth.length;
      result.queued += await this.queue(worth, settings, now);
      result.heapPeakBytes = Math.max(result.heapPeakBytes, process.memoryUsage().heapUsed);
    }
  }

  /**
   * The digest a person would receive now, whether or not one is due (for an admin): subject,
   * HTML and text in their language.
   */
  async preview(userId: string, now = new Date()): Promise<DigestPreview> {
    const settings = await this.settings.get();
    const [recipient] = await this.digests.recipients([userId], now, settings.timeZone);
    if (!recipient) throw new DomainError('not_found', 'errors:people.notFound', { id: userId });
    const [digest] = await this.compose([recipient], settings, now);
    const message = await renderMail(
      digestMail,
      recipientOf(recipient),
      mailSender(settings),
      digest.params,
    );
    return {
      subject: message.subject,
      html: message.html,
      text: message.text,
      language: message.language,
    };
  }

  /**
   * Queues these people's digests for their current period now, whatever their schedule and
   * even with nothing new (the demo's mail in the Outbox); once per period like the job's.
   */
  async queueNow(userIds: string[], now = new Date()): Promise<number> {
    const settings = await this.settings.get();
    const people = await this.digests.recipients(userIds, now, settings.timeZone);
    return this.queue(await this.compose(people, settings, now), settings, now);
  }

  /** What each person's digest says: their items, figures and news since the previous one. */
  private async compose(
    people: DueRecipient[],
    settings: OrgSettings,
    now: Date,
  ): Promise<ComposedDigest[]> {
    const sinceOf = (person: DueRecipient) =>
      person.previous?.sentAt ??
      new Date(
        person.periodStart.getTime() - PERIOD_MS[person.frequency === 'daily' ? 'daily' : 'weekly'],
      );
    const [figures, revision] = await Promise.all([
      this.digests.since(
        people.map((person) => ({ userId: person.userId, since: sinceOf(person) })),
        settings.timeZone,
      ),
      this.feed.revision(),
    ]);
    const origin = publicAddress(this.config);
    const composed: ComposedDigest[] = [];
    for (const person of people) {
      const items = await this.feed.firstItems(
        {
          departmentId: person.departmentId,
          locationId: person.locationId,
          language: person.language,
          followedTopicIds: new Set(person.followedTopicIds),
        },
        {
          excludeIds: new Set(person.sharedItemIds),
          limit: DIGEST_MAX_ITEMS,
          now: now.getTime(),
          revision,
        },
      );
      const since = figures.get(person.userId) ?? NO_FIGURES;
      const unsubscribe = await this.unsubscribe.links(person.userId, 'digest');
      const offeredBefore = new Set(person.previous?.itemIds ?? []);
      composed.push({
        recipient: person,
        itemIds: items.map((item) => item.id),
        hasNews:
          items.some((item) => !offeredBefore.has(item.id)) ||
          since.policyVersion !== null ||
          since.trainingLessons > 0,
        params: {
          publicUrl: origin,
          items: items.map((item) => digestItem(item, origin, this.config.sessionSecret)),
          networks: digestNetworks(settings.enabledNetworks, person.ownNetworks),
          figures: {
            shares: since.shares,
            verifiedShares: since.verifiedShares,
            clicks: since.clicks,
          },
          policyVersion: since.policyVersion,
          trainingLessons: since.trainingLessons,
          unsubscribeUrl: unsubscribe.url,
        },
        headers: unsubscribe.headers,
      });
    }
    return composed;
  }

  /**
   * Records and queues the digests in one transaction: the rows another run or replica recorded
   * first are left alone (and their mail with them), so each person gets one per period.
   */
  private async queue(
    digests: ComposedDigest[],
    settings: OrgSettings,
    now: Date,
  ): Promise<number> {
    if (digests.length === 0) return 0;
    const sender = mailSender(settings);
    // Rendered before the transaction opens, so that it holds its locks for the writes only.
    const messages = await Promise.all(
      digests.map(async (digest) => {
        const { recipient } = digest;
        const message = await renderMail(digestMail, recipientOf(recipient), sender, digest.params);
        return { recipient, message, headers: digest.headers, itemIds: digest.itemIds };
      }),
    );
    return this.transactions.run(async (manager) => {
      const recorded = await this.digests.recordMany(
        messages.map(({ recipient, itemIds }) => ({
          userId: recipient.userId,
          periodStart: recipient.periodStart,
          sentAt: now,
          itemIds,
        })),
        manager,
      );
      await this.mail.queueMany(
        messages
          .filter(({ recipient }) => recorded.has(recipient.userId))
          .map(({ recipient, message, headers }) => ({
            message,
            options: { key: digestKey(recipient), headers },
          })),
        manager,
      );
      return recorded.size;
    });
  }
}

/** One digest per person and period: the mail queue's idempotency key says so too. */
function digestKey(recipient: Pick<DueRecipient, 'userId' | 'periodStart'>): string {
  return `digest:${recipient.userId}:${recipient.periodStart.toISOString()}`;
}

function recipientOf(recipient: DueRecipient) {
  return { email: recipient.email, name: recipient.name, language: recipient.language };
}

const NO_FIGURES: SinceFigures = {
  shares: 0,
  verifiedShares: 0,
  clicks: 0,
  policyVersion: null,
  trainingLessons: 0,
};

function digestItem(item: CatalogueItem, origin: string, secret: string) {
  return {
    id: item.id,
    title: item.title,
    summary: item.summary,
    // Mail clients send no session: the picture's address is one Chorus signed.
    imageUrl: sharedThumbnailUrl(origin, secret, item.id, item.thumbnailHash),
  };
}
