import { Button, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import type { Channel } from './api/channel-queries';
import { channelColumns } from './channel-columns';
import { ChannelFormModal } from './ChannelFormModal';
import { DeleteChannelModal } from './DeleteChannelModal';
import { useChannels, useTestChannel } from './use-channels';

type Editing = { mode: 'add' } | { mode: 'edit' | 'delete'; channel: Channel } | null;

/** The Slack and Teams channels Chorus posts to: their health, and add, test, edit, delete. */
export function ChannelsPage() {
  const { t } = useTranslation();
  const channels = useChannels();
  const test = useTestChannel();
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);

  const sendTest = (channel: Channel) =>
    test.mutate(channel.id, {
      onSuccess: (result) =>
        notifications.show(
          result.delivered
            ? { color: 'green', message: t('channels.test.delivered', { name: channel.name }) }
            : {
                color: 'red',
                title: t('channels.test.notDelivered', { name: channel.name }),
                message: result.error,
              },
        ),
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('channels.test.failed'),
          message: describeError(error, t),
        }),
    });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('channels.title')}</Title>
        <Button onClick={() => setEditing({ mode: 'add' })}>{t('channels.add')}</Button>
      </Group>
      <Text>{t('channels.intro')}</Text>
      {channels.isPending ? (
        <PageLoader label={t('channels.loading')} />
      ) : channels.isError ? (
        <QueryError
          title={t('channels.loadFailed')}
          error={channels.error}
          onRetry={() => void channels.refetch()}
        />
      ) : channels.data.length === 0 ? (
        <EmptyState title={t('channels.empty')} />
      ) : (
        <ResponsiveTable
          label={t('channels.list.label')}
          rows={channels.data}
          rowKey={(channel) => channel.id}
          columns={channelColumns(t, {
            onTest: sendTest,
            isTesting: (channel) => test.isPending && test.variables === channel.id,
            onEdit: (channel) => setEditing({ mode: 'edit', channel }),
            onDelete: (channel) => setEditing({ mode: 'delete', channel }),
          })}
          minWidth={900}
          striped
          highlightOnHover
        />
      )}
      {editing?.mode === 'add' && <ChannelFormModal onClose={close} />}
      {editing?.mode === 'edit' && <ChannelFormModal channel={editing.channel} onClose={close} />}
      {editing?.mode === 'delete' && (
        <DeleteChannelModal channel={editing.channel} onClose={close} />
      )}
    </Stack>
  );
}
