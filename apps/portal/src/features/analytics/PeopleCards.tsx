import { Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MetricCard } from '../../components/MetricCard';
import { STAGE_COLORS } from '../../lib/stage-colors';
import type { PeopleFigures } from './analytics-types';
import { CARD_COLUMNS } from './EngagementCards';
import { useFigureFormat } from '../../lib/use-figure-format';

/** Who takes part: enrolment, adoption, participation, the policy and the training. */
export function PeopleCards({ people, busy }: { people: PeopleFigures; busy: boolean }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const { activeEmployees: active, enrolled } = people;

  const coverageNote = !people.policyPublished
    ? t('analytics.notes.noPolicy')
    : people.policyCoverage === null
      ? t('analytics.notes.noneEnrolled')
      : t('analytics.notes.partOfEnrolled', {
          part: format.count(people.policyAcknowledged),
          enrolled: format.count(enrolled),
        });

  return (
    <SimpleGrid type="container" cols={CARD_COLUMNS} spacing="sm">
      <MetricCard
        title={t('metrics.enrolled.title')}
        value={format.count(enrolled)}
        note={t('analytics.notes.ofActive', { active: format.count(active) })}
        help={t('metrics.enrolled.help')}
        busy={busy}
      />
      <MetricCard
        title={t('metrics.adoption.title')}
        value={format.percent(people.adoption)}
        note={
          people.adoption === null
            ? t('analytics.notes.noActive')
            : t('analytics.notes.enrolledOfActive', {
                enrolled: format.count(enrolled),
                active: format.count(active),
              })
        }
        help={t('metrics.adoption.help')}
        busy={busy}
      />
      <MetricCard
        title={t('metrics.participation.title')}
        value={format.percent(people.participation)}
        note={
          people.participation === null
            ? t('analytics.notes.noneEnrolled')
            : t('analytics.notes.partOfEnrolled', {
                part: format.count(people.sharingEnrolled),
                enrolled: format.count(enrolled),
              })
        }
        help={t('metrics.participation.help')}
        busy={busy}
      />
      <MetricCard
        title={t('metrics.policyCoverage.title')}
        value={format.percent(people.policyCoverage)}
        note={coverageNote}
        help={t('metrics.policyCoverage.help')}
        busy={busy}
      />
      <MetricCard
        title={t('metrics.trainingStages.title')}
        help={t('metrics.trainingStages.help')}
        busy={busy}
      >
        <TrainingStages byStage={people.byStage} />
      </MetricCard>
    </SimpleGrid>
  );
}

/** Enrolled employees by the highest stage passed: a count per stage, and a bar of them. */
function TrainingStages({ byStage }: { byStage: readonly number[] }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const total = byStage.reduce((sum, count) => sum + count, 0);
  const name = (stage: number) =>
    stage === 0
      ? t('compliance.training.columns.notStarted')
      : t('compliance.training.columns.stage', { stage });
  return (
    <Stack gap={4} mt={4}>
      {byStage.map((count, stage) => (
        <Group key={stage} justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm">{name(stage)}</Text>
          <Text size="sm" fw={600}>
            {format.count(count)}
          </Text>
        </Group>
      ))}
      {/* Only a picture of the counts above: hidden from screen readers. */}
      <Progress.Root size="md" aria-hidden="true">
        {byStage.map((count, stage) =>
          count > 0 && total > 0 ? (
            <Progress.Section
              key={stage}
              value={(count / total) * 100}
              color={STAGE_COLORS[stage]}
              withAria={false}
            />
          ) : null,
        )}
      </Progress.Root>
    </Stack>
  );
}
