import { Badge, Button, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { DataColumn } from '../../components/ResponsiveTable';
import type { Channel } from './api/channel-queries';
import { ChannelStatus } from './ChannelStatus';

export interface ChannelHandlers {
  onTest: (channel: Channel) => void;
  isTesting: (channel: Channel) => boolean;
  onEdit: (channel: Channel) => void;
  onDelete: (channel: Channel) => void;
}

/** What a channel receives, in a few words. */
function receives(t: TFunction, channel: Channel): string[] {
  const what: string[] = [];
  if (channel.receivesItems) {
    const filtered =
      channel.topics.length + channel.departments.length + channel.languages.length > 0;
    what.push(filtered ? t('channels.list.someItems') : t('channels.list.allItems'));
  }
  if (channel.receivesReports) what.push(t('channels.list.reports'));
  return what;
}

/** The channels table: what each is, what it receives, how it fares, and test, edit, delete. */
export function channelColumns(t: TFunction, handlers: ChannelHandlers): DataColumn<Channel>[] {
  const label = (column: 'name' | 'kind' | 'receives' | 'status' | 'actions') =>
    t(`channels.list.columns.${column}`);
  return [
    { key: 'name', label: label('name'), phone: 'title', td: { fw: 500 }, cell: (c) => c.name },
    {
      key: 'kind',
      label: label('kind'),
      cell: (channel) => <Provider channel={channel} t={t} />,
    },
    {
      key: 'receives',
      label: label('receives'),
      cell: (channel) => (
        <Group gap={4}>
          {receives(t, channel).map((what) => (
            <Badge key={what} variant="light" tt="none">
              {what}
            </Badge>
          ))}
        </Group>
      ),
    },
    {
      key: 'status',
      label: label('status'),
      cell: (channel) => <ChannelStatus channel={channel} />,
    },
    {
      key: 'actions',
      label: label('actions'),
      phone: 'actions',
      cell: (channel) => (
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="light"
            loading={handlers.isTesting(channel)}
            onClick={() => handlers.onTest(channel)}
            aria-label={t('channels.list.testLabel', { name: channel.name })}
          >
            {t('channels.list.test')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => handlers.onEdit(channel)}
            aria-label={t('channels.list.editLabel', { name: channel.name })}
          >
            {t('channels.list.edit')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            onClick={() => handlers.onDelete(channel)}
            aria-label={t('channels.list.deleteLabel', { name: channel.name })}
          >
            {t('channels.list.delete')}
          </Button>
        </Group>
      ),
    },
  ];
}

/** The provider and the visible end of the webhook address. */
function Provider({ channel, t }: { channel: Channel; t: TFunction }) {
  return (
    <div>
      <Text size="sm">{t(`channels.kinds.${channel.kind}`)}</Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {channel.webhookHint}
      </Text>
    </div>
  );
}
