import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import type { DataColumn } from '../../components/ResponsiveTable';
import { useTopicName } from '../../lib/use-topic-name';
import { FeedHealth } from './FeedHealth';
import { usePollSource } from './use-poll-source';
import { sourceName } from './use-sources';
import type { Source } from './api/source-queries';

export interface FeedHandlers {
  /** Whether a check of the feed is under way. */
  isChecking: (source: Source) => boolean;
  /** The API took the check; the feed is read in the background. */
  onCheckStarted: (source: Source) => void;
  onEdit: (source: Source) => void;
  onRemove: (source: Source) => void;
  /** Shows only this feed's suggestions in the inbox. */
  onShowSuggestions: (sourceId: string) => void;
}

type FeedColumn = 'feed' | 'url' | 'topics' | 'interval' | 'health' | 'newEntries' | 'actions';

/** A feed's default topic, named in the reader's language. */
function TopicBadge({ topic }: { topic: Source['topics'][number] }) {
  const topicName = useTopicName();
  return (
    <Badge variant="light" tt="none">
      {topicName(topic)}
    </Badge>
  );
}

/** The feeds table's columns: what each feed is, how it fares, and check, edit and remove. */
export function feedColumns(t: TFunction, handlers: FeedHandlers): DataColumn<Source>[] {
  const label = (column: FeedColumn) => t(`sources.feeds.columns.${column}`);
  return [
    { key: 'feed', label: label('feed'), phone: 'title', td: { fw: 500 }, cell: sourceName },
    {
      key: 'url',
      label: label('url'),
      td: { style: { overflowWrap: 'anywhere' } },
      cell: (source) => source.url,
    },
    {
      key: 'topics',
      label: label('topics'),
      cell: (source) =>
        source.topics.length === 0 ? (
          <Text span size="sm" c="dimmed">
            {t('sources.feeds.noTopics')}
          </Text>
        ) : (
          <Group gap={4}>
            {source.topics.map((topic) => (
              <TopicBadge key={topic.id} topic={topic} />
            ))}
          </Group>
        ),
    },
    {
      key: 'interval',
      label: label('interval'),
      cell: (source) => t('sources.feeds.every', { count: source.pollIntervalMinutes }),
    },
    {
      key: 'health',
      label: label('health'),
      cell: (source) => <FeedHealth source={source} checking={handlers.isChecking(source)} />,
    },
    {
      key: 'newEntries',
      label: label('newEntries'),
      cell: (source) =>
        source.newEntries === 0 ? (
          <Text span c="dimmed">
            0
          </Text>
        ) : (
          <Anchor
            component="button"
            type="button"
            fw={500}
            aria-label={t('sources.feeds.showNew', {
              count: source.newEntries,
              name: sourceName(source),
            })}
            onClick={() => handlers.onShowSuggestions(source.id)}
          >
            {source.newEntries}
          </Anchor>
        ),
    },
    {
      key: 'actions',
      label: label('actions'),
      phone: 'actions',
      cell: (source) => <FeedActions source={source} handlers={handlers} />,
    },
  ];
}

/** Check now, edit and remove, each named after its feed. */
function FeedActions({ source, handlers }: { source: Source; handlers: FeedHandlers }) {
  const { t } = useTranslation();
  const poll = usePollSource();
  const name = sourceName(source);

  const check = () =>
    poll.mutate(source.id, {
      onSuccess: handlers.onCheckStarted,
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('sources.feeds.checkFailed', { name }),
          message: describeError(error, t),
        }),
    });

  return (
    <>
      <Button
        size="xs"
        variant="default"
        aria-label={t('sources.feeds.checkLabel', { name })}
        loading={poll.isPending || handlers.isChecking(source)}
        onClick={check}
      >
        {t('sources.feeds.check')}
      </Button>
      <Button
        size="xs"
        variant="default"
        aria-label={t('sources.feeds.editLabel', { name })}
        onClick={() => handlers.onEdit(source)}
      >
        {t('sources.feeds.edit')}
      </Button>
      <Button
        size="xs"
        variant="light"
        color="red"
        aria-label={t('sources.feeds.removeLabel', { name })}
        onClick={() => handlers.onRemove(source)}
      >
        {t('sources.feeds.remove')}
      </Button>
    </>
  );
}
