import { CONTENT_KINDS } from '@chorus/core';
import { Group, SegmentedControl, Select } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { isContentKind } from '../../lib/value-guards';
import type { FeedQuery } from './api/feed-queries';
import type { FollowableTopic } from './api/my-topics-queries';
import { useTopicName } from '../../lib/use-topic-name';

/** Stands for "every kind" in the segmented control, which needs a value for each segment. */
const ALL = 'all';
const KIND_CHOICES = [ALL, ...CONTENT_KINDS] as const;

interface FeedToolbarProps {
  value: FeedQuery;
  onChange: (change: Partial<FeedQuery>) => void;
  /** Undefined while they load, or when they could not be loaded. */
  topics: readonly FollowableTopic[] | undefined;
}

/**
 * Narrows the feed to a kind of item and to a topic. Five segments do not fit side by side on a
 * phone, and stacked they would push the feed's first Share button below the screen: there the
 * kind is a list beside the topic's, both on one line.
 */
export function FeedToolbar({ value, onChange, topics }: FeedToolbarProps) {
  const { t } = useTranslation();
  const topicName = useTopicName();
  const narrow = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const kinds = KIND_CHOICES.map((kind) => ({
    value: kind,
    label: t(`feed.filters.kinds.${kind}`),
  }));
  const changeKind = (kind: string | null) =>
    onChange({ kind: kind !== null && isContentKind(kind) ? kind : null });

  return (
    <Group align="flex-end" gap="sm" wrap={narrow ? 'nowrap' : 'wrap'}>
      {narrow ? (
        <Select
          label={t('feed.filters.kind')}
          data={kinds}
          value={value.kind ?? ALL}
          onChange={changeKind}
          allowDeselect={false}
          flex={1}
          miw={0}
        />
      ) : (
        <SegmentedControl
          aria-label={t('feed.filters.kind')}
          data={kinds}
          value={value.kind ?? ALL}
          onChange={changeKind}
        />
      )}
      <Select
        label={t('feed.filters.topic')}
        placeholder={t('feed.filters.allTopics')}
        data={(topics ?? []).map((topic) => ({ value: topic.id, label: topicName(topic) }))}
        value={value.topicId}
        onChange={(topicId) => onChange({ topicId })}
        clearable
        searchable
        clearButtonProps={{ 'aria-label': t('feed.filters.allTopics') }}
        flex={narrow ? 1 : undefined}
        miw={0}
        w={narrow ? undefined : 240}
      />
    </Group>
  );
}
