import { Badge, Button, Chip, Collapse, Group, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { useFollowTopic } from './use-follow-topic';
import type { FollowableTopic } from './api/my-topics-queries';
import { useTopicName } from '../../lib/use-topic-name';

/**
 * "Topics you follow": a chip per topic, checked when followed; a click follows or stops. On a
 * phone the chips fold away behind their heading (with how many are followed), so that the feed
 * itself starts on the first screen.
 */
export function FollowedTopics({ topics }: { topics: readonly FollowableTopic[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const chipsId = useId();
  const narrow = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  if (topics.length === 0) return null;

  const chips = (
    <Stack gap={6}>
      <Text size="xs" c="dimmed">
        {t('feed.topics.hint')}
      </Text>
      <Group gap="xs" role="group" aria-labelledby={headingId}>
        {topics.map((topic) => (
          <TopicChip key={topic.id} topic={topic} />
        ))}
      </Group>
    </Stack>
  );

  if (narrow) {
    const followed = topics.filter((topic) => topic.followed).length;
    return (
      <Stack gap={6}>
        <Button
          variant="subtle"
          size="compact-sm"
          px={0}
          justify="flex-start"
          id={headingId}
          aria-expanded={opened}
          aria-controls={chipsId}
          onClick={toggle}
          rightSection={
            <Badge size="sm" variant="light" circle>
              {followed}
            </Badge>
          }
        >
          {t('feed.topics.title')}
        </Button>
        <Collapse expanded={opened} id={chipsId}>
          {chips}
        </Collapse>
      </Stack>
    );
  }

  return (
    <Stack gap={6}>
      <Text fw={600} size="sm" id={headingId}>
        {t('feed.topics.title')}
      </Text>
      {chips}
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
