import { Badge, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTopicName } from '../lib/use-topic-name';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { useFigureFormat } from '../lib/use-figure-format';

type Challenge = Schemas['ChallengeDto'];

const STATE_COLORS = { upcoming: 'gray', active: 'blue', ended: 'teal' } as const;

/**
 * A challenge as its participants see it: the goal, what counts, for whom, when, and how far
 * it got (its result once ended).
 */
export function ChallengeCard({
  challenge,
  actions,
  headingOrder = 3,
}: {
  challenge: Challenge;
  actions?: ReactNode;
  /** The title's heading level: one below the heading the card sits under. */
  headingOrder?: 2 | 3;
}) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const topicName = useTopicName();
  const titleId = useId();
  const { count, target, reached } = challenge.progress;
  const ended = challenge.state === 'ended';
  const counted = format.count(count);
  const goal = format.count(target);

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={headingOrder} size="h4" id={titleId}>
            {challenge.title}
          </Title>
          <Badge color={STATE_COLORS[challenge.state]} variant="light">
            {t(`challenges.state.${challenge.state}`)}
          </Badge>
        </Group>
        <Text>
          {t(`challenges.goal.${challenge.metric}`, { count: target, target: goal })}
          {' · '}
          {challenge.campaign
            ? t('challenges.ofCampaign', { name: challenge.campaign.name })
            : t('challenges.ofTopic', { name: challenge.topic ? topicName(challenge.topic) : '' })}
        </Text>
        <Text size="sm" c="dimmed">
          {format.days(challenge.startsOn, challenge.endsOn)}
          {' · '}
          {challenge.departments.length === 0
            ? t('challenges.forEveryone')
            : t('challenges.forDepartments', {
                names: challenge.departments.map((department) => department.name).join(', '),
              })}
        </Text>
        {challenge.description && <Text size="sm">{challenge.description}</Text>}
        <Progress
          value={Math.min(100, (count / target) * 100)}
          color={reached ? 'teal' : 'blue'}
          aria-label={t('challenges.progressLabel', { title: challenge.title })}
        />
        <Text size="sm" fw={500}>
          {ended
            ? t(reached ? 'challenges.resultReached' : 'challenges.resultMissed', { counted, goal })
            : t(reached ? 'challenges.progressReached' : 'challenges.progress', { counted, goal })}
        </Text>
        {actions}
      </Stack>
    </Card>
  );
}
