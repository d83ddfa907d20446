import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { csvHref } from './analytics-filters';
import type { AnalyticsSummary } from './analytics-types';
import { CsvLink } from './CsvLink';
import { EngagementCards } from './EngagementCards';
import { PeopleCards } from './PeopleCards';
import { PeriodSummary } from './PeriodSummary';
import { useFigureFormat } from '../../lib/use-figure-format';

interface SummarySectionProps {
  summary: AnalyticsSummary;
  /** Showing the figures of the previous filters while the new ones load. */
  busy: boolean;
}

/** The period in words, its headline figures, and, for HR and admins, who takes part. */
export function SummarySection({ summary, busy }: SummarySectionProps) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const headingId = useId();
  const peopleId = useId();
  const { scope } = summary;
  const narrowed = Boolean(
    scope.department || scope.location || scope.network || scope.campaign || scope.kind,
  );
  const empty = summary.shares === 0 && summary.clicks === 0;

  return (
    <Stack gap="lg">
      <Stack component="section" aria-labelledby={headingId} gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h3" id={headingId}>
              {t('analytics.summary.title')}
            </Title>
            <PeriodSummary scope={scope} />
          </div>
          <CsvLink
            href={csvHref('/api/analytics/summary', scope)}
            what={t('analytics.summary.title')}
          />
        </Group>
        {empty && (
          <Alert color="gray">
            {t(narrowed ? 'analytics.empty.filtered' : 'analytics.empty.period', {
              from: format.day(scope.from),
              to: format.day(scope.to),
            })}
          </Alert>
        )}
        <EngagementCards summary={summary} busy={busy} />
        {summary.earnedMediaValue === null && (
          <Text size="sm" c="dimmed">
            {t('analytics.notes.valueOff')}
          </Text>
        )}
      </Stack>
      {summary.people && (
        <Stack component="section" aria-labelledby={peopleId} gap="sm">
          <Title order={2} size="h3" id={peopleId}>
            {t('analytics.people.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('analytics.people.intro')}
          </Text>
          <PeopleCards people={summary.people} busy={busy} />
        </Stack>
      )}
    </Stack>
  );
}
