import type { ChannelDto } from './dto/channels.dto';
import type { ChatChannel } from './entities/chat-channel.entity';

/** A channel as the API shows it: never its webhook address, only the hint. */
export function toChannel(channel: ChatChannel): ChannelDto {
  return {
    id: channel.id,
    name: channel.name,
    kind: channel.kind,
    webhookHint: channel.webhookHint,
    language: channel.language,
    receivesItems: channel.receivesItems,
    receivesReports: channel.receivesReports,
    topics: (channel.topics ?? [])
      .map(({ id, name, names }) => ({ id, name, names }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    departments: (channel.departments ?? [])
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    languages: channel.languages,
    consecutiveFailures: channel.consecutiveFailures,
    failingSince: channel.failingSince?.toISOString() ?? null,
    lastError: channel.lastError,
    lastDeliveredAt: channel.lastDeliveredAt?.toISOString() ?? null,
    createdAt: channel.createdAt.toISOString(),
  };
}
