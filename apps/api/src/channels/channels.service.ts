import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { checkWebhookUrl, maskWebhookUrl, type ChatChannelKind } from '@chorus/core';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Transactions } from '../database/transactions';
import { GroupsService } from '../groups/groups.service';
import { TopicsService } from '../topics/topics.service';
import { ChannelsRepository } from './channels.repository';
import { ChatDeliveryService } from './chat-delivery.service';
import type { ChannelTestResultDto, CreateChannelDto, UpdateChannelDto } from './dto/channels.dto';
import { ChatChannel } from './entities/chat-channel.entity';
import { WebhookCipher } from './webhook-cipher';

/** The Slack and Teams channels admins connect, and what each receives. */
@Injectable()
export class ChannelsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: ChannelsRepository,
    private readonly cipher: WebhookCipher,
    private readonly topics: TopicsService,
    private readonly groups: GroupsService,
    private readonly delivery: ChatDeliveryService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(): Promise<ChatChannel[]> {
    return this.repository.all();
  }

  async get(id: string, manager?: EntityManager): Promise<ChatChannel> {
    const channel = await this.repository.find(id, manager);
    if (!channel) throw new DomainError('not_found', 'errors:channels.notFound', { id });
    return channel;
  }

  async create(input: CreateChannelDto, actor: AuditActor): Promise<ChatChannel> {
    const id = randomUUID();
    const webhook = this.sealed(id, input.kind, input.webhookUrl);
    assertReceivesSomething(input.receivesItems, input.receivesReports);
    await this.transactions.run(async (manager) => {
      await this.assertNameFree(input.name, null, manager);
      const channel = await this.repository.save(
        {
          id,
          name: input.name,
          kind: input.kind,
          ...webhook,
          language: input.language,
          receivesItems: input.receivesItems,
          receivesReports: input.receivesReports,
          topics: await this.topics.findByIds(input.topicIds ?? [], manager),
          departments: await this.groups.findByIds(
            'department',
            input.departmentIds ?? [],
            manager,
          ),
          languages: input.languages ?? [],
          createdById: actor.id,
        },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: 'chat_channel.created',
          target: { type: 'chat_channel', id, label: channel.name },
          summary: { language: channel.language },
        },
        manager,
      );
    });
    return this.get(id);
  }

  async update(id: string, changes: UpdateChannelDto, actor: AuditActor): Promise<ChatChannel> {
    await this.transactions.run(async (manager) => {
      const channel = await this.get(id, manager);
      if (changes.kind !== undefined && changes.kind !== channel.kind && !changes.webhookUrl) {
        throw new DomainError('invalid_input', 'errors:channels.kindNeedsWebhook');
      }
      const kind = changes.kind ?? channel.kind;
      if (changes.webhookUrl !== undefined) {
        Object.assign(channel, this.sealed(id, kind, changes.webhookUrl));
      }
      if (changes.name !== undefined) {
        await this.assertNameFree(changes.name, id, manager);
        channel.name = changes.name;
      }
      channel.kind = kind;
      if (changes.language !== undefined) channel.language = changes.language;
      if (changes.receivesItems !== undefined) channel.receivesItems = changes.receivesItems;
      if (changes.receivesReports !== undefined) channel.receivesReports = changes.receivesReports;
      assertReceivesSomething(channel.receivesItems, channel.receivesReports);
      if (changes.topicIds) channel.topics = await this.topics.findByIds(changes.topicIds, manager);
      if (changes.departmentIds) {
        channel.departments = await this.groups.findByIds(
          'department',
          changes.departmentIds,
          manager,
        );
      }
      if (changes.languages) channel.languages = changes.languages;
      await this.repository.save(channel, manager);
      await this.audit.record(
        {
          actor,
          action: 'chat_channel.updated',
          target: { type: 'chat_channel', id, label: channel.name },
        },
        manager,
      );
    });
    return this.get(id);
  }

  async remove(id: string, actor: AuditActor): Promise<void> {
    await this.transactions.run(async (manager) => {
      const channel = await this.get(id, manager);
      await this.repository.delete(id, manager);
      await this.audit.record(
        {
          actor,
          action: 'chat_channel.deleted',
          target: { type: 'chat_channel', id, label: channel.name },
        },
        manager,
      );
    });
  }

  /** Posts the test message now and says whether it arrived. */
  async test(id: string, actor: AuditActor): Promise<ChannelTestResultDto> {
    const channel = await this.get(id);
    const result = await this.delivery.sendTest(channel);
    await this.audit.record({
      actor,
      action: 'chat_channel.tested',
      target: { type: 'chat_channel', id, label: channel.name },
      summary: result.error ? { reason: result.error } : {},
    });
    return result;
  }

  /** The encrypted address and its hint, once the address is one of `kind`'s provider. */
  private sealed(id: string, kind: ChatChannelKind, url: string) {
    const problem = checkWebhookUrl(kind, url, this.config.chatWebhookAllow);
    if (problem) {
      throw new DomainError('invalid_input', `errors:channels.webhook.${problem}`);
    }
    return { webhookCiphertext: this.cipher.encrypt(id, url), webhookHint: maskWebhookUrl(url) };
  }

  private async assertNameFree(name: string, exceptId: string | null, manager: EntityManager) {
    if (await this.repository.nameTaken(name, exceptId, manager)) {
      throw new DomainError('conflict', 'errors:channels.nameTaken', { name });
    }
  }
}

function assertReceivesSomething(items: boolean, reports: boolean): void {
  if (!items && !reports) {
    throw new DomainError('invalid_input', 'errors:channels.receivesNothing');
  }
}
