import { Badge, Table, Text, Stack } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useQuery } from '@tanstack/react-query';
import { challengeReportQuery } from '../challenges/api/challenge-queries';
import { SectionHeader } from './SectionHeader';
import { useFigureFormat } from '../../lib/use-figure-format';

/** The challenges that ran in the period: each one's target, and its result or progress. */
export function ChallengesSection({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const format = useFigureFormat();
  const report = useQuery(challengeReportQuery(from, to));
  const title = t('analytics.challenges.title');

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
        <Table.ScrollContainer minWidth={720}>
          <Table striped aria-label={title} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('analytics.challenges.columns.challenge')}</Table.Th>
                <Table.Th scope="col">{t('analytics.challenges.columns.counts')}</Table.Th>
                <Table.Th scope="col">{t('analytics.challenges.columns.days')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('analytics.challenges.columns.target')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('analytics.challenges.columns.count')}
                </Table.Th>
                <Table.Th scope="col">{t('analytics.challenges.columns.outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.data.map((challenge) => (
                <Table.Tr key={challenge.id}>
                  <Table.Th scope="row" fw={400}>
                    {challenge.title}
                  </Table.Th>
                  <Table.Td>
                    {t(`challenges.metrics.${challenge.metric}`)}
                    {' · '}
                    {challenge.campaign?.name ?? challenge.topic?.name}
                  </Table.Td>
                  <Table.Td>{format.days(challenge.startsOn, challenge.endsOn)}</Table.Td>
                  <Table.Td ta="right">{format.count(challenge.target)}</Table.Td>
                  <Table.Td ta="right">{format.count(challenge.progress.count)}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={
                        challenge.progress.reached
                          ? 'teal'
                          : challenge.state === 'ended'
                            ? 'red'
                            : 'blue'
                      }
                    >
                      {challenge.progress.reached
                        ? t('analytics.challenges.reached')
                        : challenge.state === 'ended'
                          ? t('analytics.challenges.missed')
                          : t(`challenges.state.${challenge.state}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
