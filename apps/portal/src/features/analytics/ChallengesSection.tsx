import { Badge, Text, Stack } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { ResponsiveTable, type DataColumn } from '../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { challengeReportQuery } from '../challenges/api/challenge-queries';
import { SectionHeader } from './SectionHeader';
import { useFigureFormat } from '../../lib/use-figure-format';
import { useTopicName } from '../../lib/use-topic-name';

type Challenge = Schemas['ChallengeDto'];

/** The challenges that ran in the period: each one's target, and its result or progress. */
export function ChallengesSection({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const format = useFigureFormat();
  const topicName = useTopicName();
  const report = useQuery(challengeReportQuery(from, to));
  const title = t('analytics.challenges.title');
  const columns: DataColumn<Challenge>[] = [
    {
      key: 'challenge',
      label: t('analytics.challenges.columns.challenge'),
      cell: (challenge) => challenge.title,
      phone: 'title',
    },
    {
      key: 'counts',
      label: t('analytics.challenges.columns.counts'),
      cell: (challenge) =>
        `${t(`challenges.metrics.${challenge.metric}`)} · ${challenge.campaign?.name ?? (challenge.topic ? topicName(challenge.topic) : '')}`,
    },
    {
      key: 'days',
      label: t('analytics.challenges.columns.days'),
      cell: (challenge) => format.days(challenge.startsOn, challenge.endsOn),
    },
    {
      key: 'target',
      label: t('analytics.challenges.columns.target'),
      cell: (challenge) => format.count(challenge.target),
      numeric: true,
    },
    {
      key: 'count',
      label: t('analytics.challenges.columns.count'),
      cell: (challenge) => format.count(challenge.progress.count),
      numeric: true,
    },
    {
      key: 'outcome',
      label: t('analytics.challenges.columns.outcome'),
      cell: (challenge) => <Outcome challenge={challenge} />,
    },
  ];

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <SectionHeader id={headingId} title={title} />
      {report.isPending ? (
        <PageLoader label={t('analytics.challenges.loading')} />
      ) : report.isError ? (
        <QueryError
          title={t('analytics.challenges.loadFailed')}
          error={report.error}
          onRetry={() => void report.refetch()}
        />
      ) : report.data.length === 0 ? (
        <Text c="dimmed">{t('analytics.challenges.empty')}</Text>
      ) : (
        <ResponsiveTable
          label={title}
          rows={report.data}
          rowKey={(challenge) => challenge.id}
          columns={columns}
          minWidth={720}
          striped
          verticalSpacing="xs"
        />
      )}
    </Stack>
  );
}

/** Reached, missed once ended, or the challenge's state while it runs. */
function Outcome({ challenge }: { challenge: Challenge }) {
  const { t } = useTranslation();
  const { reached } = challenge.progress;
  const ended = challenge.state === 'ended';
  return (
    <Badge variant="light" color={reached ? 'teal' : ended ? 'red' : 'blue'}>
      {reached
        ? t('analytics.challenges.reached')
        : ended
          ? t('analytics.challenges.missed')
          : t(`challenges.state.${challenge.state}`)}
    </Badge>
  );
}
