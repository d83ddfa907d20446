import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Channel } from './api/channel-queries';

const dateTime = (language: string, iso: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

/** How a channel fares: failing (with why), failures so far, working, or not used yet. */
export function ChannelStatus({ channel }: { channel: Channel }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => dateTime(i18n.language, iso);
  const badge = channel.failingSince ? (
    <Badge color="red">{t('channels.status.failing')}</Badge>
  ) : channel.consecutiveFailures > 0 ? (
    <Badge color="yellow">
      {t('channels.status.failures', { count: channel.consecutiveFailures })}
    </Badge>
  ) : channel.lastDeliveredAt ? (
    <Badge color="green">{t('channels.status.working')}</Badge>
  ) : (
    <Badge color="gray">{t('channels.status.unused')}</Badge>
  );
  return (
    <Stack gap={2} align="flex-start">
      {badge}
      {channel.failingSince && (
        <Text size="xs">
          {t('channels.status.failingSince', { when: when(channel.failingSince) })}
        </Text>
      )}
      {channel.lastError && (
        <Text size="xs" c="red" style={{ overflowWrap: 'anywhere' }}>
          {t('channels.status.lastError', { error: channel.lastError })}
        </Text>
      )}
      {channel.lastDeliveredAt && (
        <Text size="xs" c="dimmed">
          {t('channels.status.lastDelivered', { when: when(channel.lastDeliveredAt) })}
        </Text>
      )}
    </Stack>
  );
}
