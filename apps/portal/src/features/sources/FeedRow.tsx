import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { FeedHealth } from './FeedHealth';
import { usePollSource } from './use-poll-source';
import { sourceName, type Source } from './use-sources';

export interface FeedRowProps {
  source: Source;
  checking: boolean;
  /** The API took the check; the feed is read in the background. */
  onCheckStarted: (source: Source) => void;
  onEdit: (source: Source) => void;
  onRemove: (source: Source) => void;
  /** Shows only this feed's suggestions in the inbox. */
  onShowSuggestions: (sourceId: string) => void;
}

export function FeedRow({
  source,
  checking,
  onCheckStarted,
  onEdit,
  onRemove,
  onShowSuggestions,
}: FeedRowProps) {
  const { t } = useTranslation();
  const poll = usePollSource();
  const name = sourceName(source);

  const check = () =>
    poll.mutate(source.id, {
      onSuccess: onCheckStarted,
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('sources.feeds.checkFailed', { name }),
          message: describeError(error, t),
        }),
    });

  return (
    <Table.Tr>
      <Table.Td fw={500}>{name}</Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{source.url}</Table.Td>
      <Table.Td>
        {source.topics.length === 0 ? (
          <Text span size="sm" c="dimmed">
            {t('sources.feeds.noTopics')}
          </Text>
        ) : (
          <Group gap={4}>
            {source.topics.map((topic) => (
              <Badge key={topic.id} variant="light" tt="none">
                {topic.name}
              </Badge>
            ))}
          </Group>
        )}
      </Table.Td>
      <Table.Td>{t('sources.feeds.every', { count: source.pollIntervalMinutes })}</Table.Td>
      <Table.Td>
        <FeedHealth source={source} checking={checking} />
      </Table.Td>
      <Table.Td>
        {source.newEntries === 0 ? (
          <Text span c="dimmed">
            0
          </Text>
        ) : (
          <Anchor
            component="button"
            type="button"
            fw={500}
            aria-label={t('sources.feeds.showNew', { count: source.newEntries, name })}
            onClick={() => onShowSuggestions(source.id)}
          >
            {source.newEntries}
          </Anchor>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            aria-label={t('sources.feeds.checkLabel', { name })}
            loading={poll.isPending || checking}
            onClick={check}
          >
            {t('sources.feeds.check')}
          </Button>
          <Button
            size="xs"
            variant="default"
            aria-label={t('sources.feeds.editLabel', { name })}
            onClick={() => onEdit(source)}
          >
            {t('sources.feeds.edit')}
          </Button>
          <Button
            size="xs"
            variant="light"
            color="red"
            aria-label={t('sources.feeds.removeLabel', { name })}
            onClick={() => onRemove(source)}
          >
            {t('sources.feeds.remove')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
