import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CHAT_FAILURES_BEFORE_FAILING, maskWebhookUrl, type ChatChannelKind } from '@chorus/core';
import { ChannelsRepository } from '../channels/channels.repository';
import { WebhookCipher } from '../channels/webhook-cipher';
import { Topic } from '../topics/entities/topic.entity';
import type { DemoPeople } from './demo-company';

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR);

interface DemoChannel {
  name: string;
  kind: ChatChannelKind;
  /** Nothing answers at these addresses: the demo runs without the providers. */
  webhookUrl: string;
  language: string;
  receivesItems: boolean;
  receivesReports: boolean;
  topics: string[];
  languages: string[];
  health: 'failing' | 'working';
}

const CHANNELS: DemoChannel[] = [
  {
    name: '#employee-advocacy',
    kind: 'slack',
    webhookUrl: 'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX',
    language: 'en',
    receivesItems: true,
    receivesReports: false,
    topics: [],
    languages: [],
    health: 'failing',
  },
  {
    name: 'Social media team',
    kind: 'teams',
    webhookUrl:
      'https://default0000000000000000000000000000.00.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/0000000000000000000000000000000/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=demoDemoDemoDemo0000',
    language: 'en',
    receivesItems: false,
    receivesReports: true,
    topics: [],
    languages: [],
    health: 'working',
  },
  {
    name: 'Chorus Danmark – kultur',
    kind: 'teams',
    webhookUrl:
      'https://prod-00.northeurope.logic.azure.com/workflows/00000000000000000000000000000000/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=demoDanmark0000',
    language: 'da',
    receivesItems: true,
    receivesReports: false,
    topics: ['Culture'],
    languages: ['da', 'en'],
    health: 'working',
  },
];

/**
 * The admin's chat channels: a Slack channel pointed at nothing reachable, failing for two days
 * (as it would offline), the social media team's Teams channel, and a Danish Teams channel for
 * one topic. Their addresses are encrypted as the API keeps them.
 */
@Injectable()
export class DemoChannels {
  constructor(
    private readonly channels: ChannelsRepository,
    private readonly cipher: WebhookCipher,
  ) {}

  async seed(manager: EntityManager, people: DemoPeople, topics: Map<string, Topic>) {
    const admin = people.get('admin@chorus.example');
    for (const channel of CHANNELS) {
      const id = randomUUID();
      const failing = channel.health === 'failing';
      await this.channels.save(
        {
          id,
          name: channel.name,
          kind: channel.kind,
          webhookCiphertext: this.cipher.encrypt(id, channel.webhookUrl),
          webhookHint: maskWebhookUrl(channel.webhookUrl),
          language: channel.language,
          receivesItems: channel.receivesItems,
          receivesReports: channel.receivesReports,
          topics: channel.topics.map((name) => topics.get(name) as Topic),
          languages: channel.languages,
          consecutiveFailures: failing ? CHAT_FAILURES_BEFORE_FAILING + 2 : 0,
          failingSince: failing ? hoursAgo(47) : null,
          lastError: failing ? 'could not reach https://hooks.slack.com (ENOTFOUND)' : null,
          lastDeliveredAt: failing ? null : hoursAgo(20),
          createdById: admin?.id ?? null,
        },
        manager,
      );
    }
  }
}
