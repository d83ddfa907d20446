import { Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../components/FormattedDate';
import type { Source } from './api/source-queries';

interface FeedHealthProps {
  source: Source;
  /** A check asked for is still running. */
  checking: boolean;
}

/** How the feed fares: the last successful read, and why the last read failed, if it did. */
export function FeedHealth({ source, checking }: FeedHealthProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start">
      {checking && (
        <Group gap={6} wrap="nowrap" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('sources.feeds.checking')}</Text>
        </Group>
      )}
      {source.lastError !== null && (
        <Badge
          color="red"
          variant="light"
          tt="none"
          h="auto"
          py={2}
          maw={320}
          styles={{ label: { whiteSpace: 'normal', overflowWrap: 'anywhere' } }}
        >
          {source.lastError}
        </Badge>
      )}
      <Text size="sm" c={source.lastSuccessAt === null ? 'dimmed' : undefined}>
        {source.lastSuccessAt === null ? (
          source.lastPolledAt === null ? (
            t('sources.feeds.notReadYet')
          ) : (
            t('sources.feeds.neverSucceeded')
          )
        ) : (
          <>
            {t('sources.feeds.lastSuccess')} <FormattedDate value={source.lastSuccessAt} withTime />
          </>
        )}
      </Text>
    </Stack>
  );
}
