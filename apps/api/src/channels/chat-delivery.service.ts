import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  CHAT_FAILURES_BEFORE_FAILING,
  channelWantsItem,
  checkWebhookUrl,
  slackMessage,
  teamsMessage,
  type ChatSubject,
} from '@chorus/core';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { publicAddress } from '../config/public-address';
import { sharedThumbnailUrl } from '../content/thumbnails/thumbnail-url';
import { Transactions } from '../database/transactions';
import { SafeFetchers } from '../fetching/fetching.module';
import { FetchRefusedError, type SafeFetcher } from '../fetching/safe-fetch';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ChannelsRepository } from './channels.repository';
import { judgeAnswer, judgeNoAnswer, type DeliveryVerdict } from './delivery-policy';
import type { ChatChannel } from './entities/chat-channel.entity';
import { WebhookCipher, WebhookUnreadableError } from './webhook-cipher';

export const CHAT_DELIVERY_QUEUE = 'chat.deliver';

/** The portal page where admins see their channels' health. */
export const CHANNELS_PAGE = '/settings/channels';

/** One message for one channel, and which attempt this is. */
export interface ChatDeliveryJob {
  channelId: string;
  subject: { kind: 'item' | 'report'; id: string };
  attempt: number;
}

/**
 * Posts to Slack and Teams: one job per channel and message, queued in the transaction that
 * approved the item or took the report, posted by a worker through the safe fetcher (https, the
 * providers' hosts, time and size limits, no redirects). Rate limits and provider trouble are
 * retried with backoff; failures in a row make the channel failing, and a success heals it.
 */
@Injectable()
export class ChatDeliveryService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ChatDeliveryService.name);
  private readonly fetcher: SafeFetcher;

  constructor(
    fetchers: SafeFetchers,
    private readonly repository: ChannelsRepository,
    private readonly cipher: WebhookCipher,
    private readonly jobs: JobsService,
    private readonly transactions: Transactions,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // Slack asks for an answer within 3 s of its own; 10 s leaves room for a slow network.
    this.fetcher = fetchers.createForChatWebhooks({
      timeoutMs: 10_000,
      maxBytes: 64 * 1024,
      userAgent: 'Chorus/1.0 (chat webhooks)',
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<ChatDeliveryJob>(CHAT_DELIVERY_QUEUE, (job) => this.deliver(job));
  }

  /** Queues the approved item for every channel whose filters let it through. */
  async itemApproved(itemId: string, manager: EntityManager): Promise<void> {
    const item = await this.repository.approvedItem(itemId, manager);
    if (!item) return;
    for (const channel of await this.repository.receivingItems(manager)) {
      const filters = {
        topicIds: (channel.topics ?? []).map(({ id }) => id),
        departmentIds: (channel.departments ?? []).map(({ id }) => id),
        languages: channel.languages,
      };
      if (channelWantsItem(filters, item)) {
        await this.queue(
          { channelId: channel.id, subject: { kind: 'item', id: itemId }, attempt: 1 },
          manager,
        );
      }
    }
  }

  /** Queues a new report for every channel of the social media team. */
  async reportCreated(reportId: string, manager: EntityManager): Promise<void> {
    for (const channelId of await this.repository.receivingReports(manager)) {
      await this.queue(
        { channelId, subject: { kind: 'report', id: reportId }, attempt: 1 },
        manager,
      );
    }
  }

  /** Posts one message; records how it went on the channel, and queues the next attempt. */
  async deliver(job: ChatDeliveryJob): Promise<void> {
    const channel = await this.repository.find(job.channelId);
    if (!channel) return; // deleted meanwhile
    const subject = await this.subject(job.subject);
    if (!subject) return; // the item was archived or the report deleted meanwhile
    const verdict = await this.post(channel, subject, job.attempt);
    if (verdict.kind === 'delivered') {
      await this.repository.recordSuccess(channel.id, new Date());
      return;
    }
    this.logger.warn(`Posting to the chat channel "${channel.name}" failed: ${verdict.error}`);
    await this.transactions.run(async (manager) => {
      const record = await this.repository.recordFailure(
        channel.id,
        verdict.error,
        CHAT_FAILURES_BEFORE_FAILING,
        manager,
      );
      if (record?.startedFailing && record.failingSince) {
        await this.tellAdmins(channel, record.failingSince, manager);
      }
      if (verdict.kind === 'retry') {
        await this.queue(
          { ...job, attempt: job.attempt + 1 },
          manager,
          new Date(Date.now() + verdict.delayMs),
        );
      }
    });
  }

  /** The admins hear once per failing streak: the key names the streak's start. */
  private async tellAdmins(
    channel: ChatChannel,
    failingSince: Date,
    manager: EntityManager,
  ): Promise<void> {
    await this.notifications.notify(
      {
        kind: 'channel.failing',
        recipients: await this.repository.activeAdminIds(manager),
        params: { channel: channel.name },
        link: CHANNELS_PAGE,
        key: `channel.failing:${channel.id}:${failingSince.toISOString()}`,
      },
      manager,
    );
  }

  /** Posts the test message now; a success shows the channel works again. */
  async sendTest(channel: ChatChannel): Promise<{ delivered: boolean; error: string | null }> {
    const verdict = await this.post(channel, { kind: 'test' }, Number.MAX_SAFE_INTEGER);
    if (verdict.kind === 'delivered') {
      await this.repository.recordSuccess(channel.id, new Date());
      return { delivered: true, error: null };
    }
    await this.repository.recordTestFailure(channel.id, verdict.error);
    return { delivered: false, error: verdict.error };
  }

  private async queue(
    job: ChatDeliveryJob,
    manager: EntityManager,
    startAfter?: Date,
  ): Promise<void> {
    // Attempts are counted here, with the provider's Retry-After; pg-boss retries only a crash.
    await this.jobs.send(CHAT_DELIVERY_QUEUE, job, {
      manager,
      retryLimit: 1,
      ...(startAfter ? { startAfter } : {}),
    });
    // A message due now goes out as soon as it exists, not at the worker's next poll.
    if (!startAfter) {
      this.transactions.afterCommit(manager, () => this.jobs.wake(CHAT_DELIVERY_QUEUE));
    }
  }

  private async subject(subject: ChatDeliveryJob['subject']): Promise<ChatSubject | null> {
    if (subject.kind === 'report') {
      const report = await this.repository.report(subject.id);
      return report && { kind: 'report', report };
    }
    const item = await this.repository.approvedItem(subject.id);
    if (!item) return null;
    const imageUrl = sharedThumbnailUrl(
      publicAddress(this.config),
      this.config.sessionSecret,
      item.id,
      item.thumbnailHash,
    );
    return { kind: 'item', item: { ...item, imageUrl } };
  }

  /** Builds the channel's message and posts it; never throws, and never names the address. */
  private async post(
    channel: ChatChannel,
    subject: ChatSubject,
    attempt: number,
  ): Promise<DeliveryVerdict> {
    let url: string;
    try {
      url = this.cipher.decrypt(channel.id, channel.webhookCiphertext);
    } catch (error) {
      if (!(error instanceof WebhookUnreadableError)) throw error;
      return {
        kind: 'failed',
        error:
          'the webhook address can no longer be read (the session secret changed): paste it again',
      };
    }
    if (checkWebhookUrl(channel.kind, url, this.config.chatWebhookAllow) !== null) {
      return {
        kind: 'failed',
        error: 'the webhook address is not one of the provider’s: paste it again',
      };
    }
    const context = { publicUrl: publicAddress(this.config), language: channel.language };
    const message =
      channel.kind === 'slack' ? slackMessage(subject, context) : teamsMessage(subject, context);
    try {
      const answer = await this.fetcher.post(url, {
        body: JSON.stringify(message),
        contentType: 'application/json; charset=utf-8',
      });
      return judgeAnswer(answer, attempt, new Date());
    } catch (error) {
      if (!(error instanceof FetchRefusedError)) throw error;
      const final = ['scheme', 'private_address', 'too_large'].includes(error.reason);
      return final
        ? { kind: 'failed', error: error.message }
        : judgeNoAnswer(error.message, attempt);
    }
  }
}
