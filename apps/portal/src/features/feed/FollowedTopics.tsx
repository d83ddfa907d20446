import { Chip, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { useFollowTopic } from './use-follow-topic';
import type { FollowableTopic } from './api/my-topics-queries';
import { useTopicName } from '../../lib/use-topic-name';

/** "Topics you follow": a chip per topic, checked when followed; a click follows or stops. */
export function FollowedTopics({ topics }: { topics: readonly FollowableTopic[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (topics.length === 0) return null;

  return (
    <Stack gap={6}>
      <div>
        <Text fw={600} size="sm" id={headingId}>
          {t('feed.topics.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('feed.topics.hint')}
        </Text>
      </div>
      <Group gap="xs" role="group" aria-labelledby={headingId}>
        {topics.map((topic) => (
          <TopicChip key={topic.id} topic={topic} />
        ))}
      </Group>
    </Stack>
  );
}

function TopicChip({ topic }: { topic: FollowableTopic }) {
  const { t } = useTranslation();
  const topicName = useTopicName();
  const follow = useFollowTopic();
  // While saving, the chip shows what was asked for.
  const followed = follow.isPending ? follow.variables.follow : topic.followed;

  const toggle = (checked: boolean) =>
    follow.mutate(
      { topicId: topic.id, follow: checked },
      {
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: t(checked ? 'feed.topics.followFailed' : 'feed.topics.unfollowFailed', {
              name: topicName(topic),
            }),
            message: describeError(error, t),
          }),
      },
    );

  return (
    <Chip checked={followed} onChange={toggle} disabled={follow.isPending} size="sm">
      {topicName(topic)}
    </Chip>
  );
}
