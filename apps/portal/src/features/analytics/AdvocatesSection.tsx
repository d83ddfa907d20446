import { ADVOCATE_RANKINGS, type AdvocateRanking } from '@chorus/core';
import { List, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { csvHref } from './analytics-filters';
import type { AdvocateRow, AnalyticsQuery } from './analytics-types';
import { CsvLink } from './CsvLink';
import { SectionHeader } from './SectionHeader';
import { useAnalyticsAdvocates } from './use-analytics-advocates';
import { useFigureFormat } from '../../lib/use-figure-format';

/** Advocates the dashboard ranks; the CSV has everyone ranked. */
export const TOP_ADVOCATES = 10;

export const isAdvocateRanking = (value: unknown): value is AdvocateRanking =>
  (ADVOCATE_RANKINGS as readonly unknown[]).includes(value);

const FIGURES = ['shares', 'verifiedShares', 'clicks', 'uniqueVisitors'] as const;

interface AdvocatesSectionProps {
  query: AnalyticsQuery;
  rank: AdvocateRanking;
  onRankChange: (rank: AdvocateRanking) => void;
}

/** The enrolled employees whose shares earned the most clicks, or who shared most. */
export function AdvocatesSection({ query, rank, onRankChange }: AdvocatesSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const advocates = useAnalyticsAdvocates(query, rank, TOP_ADVOCATES);
  const title = t('analytics.advocates.title');

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <SectionHeader id={headingId} title={title}>
        <SegmentedControl
          size="xs"
          aria-label={t('analytics.advocates.rankBy')}
          value={rank}
          onChange={(value) => onRankChange(isAdvocateRanking(value) ? value : 'clicks')}
          data={ADVOCATE_RANKINGS.map((ranking) => ({
            value: ranking,
            label: t(`analytics.advocates.by.${ranking}`),
          }))}
        />
        {advocates.data && (
          <CsvLink
            href={csvHref('/api/analytics/advocates', advocates.data.scope, { rank })}
            what={title}
          />
        )}
      </SectionHeader>
      {advocates.isPending ? (
        <PageLoader label={t('analytics.advocates.loading')} />
      ) : advocates.isError ? (
        <QueryError
          title={t('analytics.advocates.loadFailed')}
          error={advocates.error}
          onRetry={() => void advocates.refetch()}
        />
      ) : (
        <>
          {advocates.data.rows.length === 0 ? (
            <Text c="dimmed">{t('analytics.advocates.empty')}</Text>
          ) : (
            <AdvocatesTable
              rows={advocates.data.rows}
              label={title}
              busy={advocates.isPlaceholderData}
            />
          )}
          <List size="sm" c="dimmed" spacing={4}>
            {advocates.data.total > advocates.data.rows.length && (
              <List.Item>
                {t('analytics.advocates.shown', {
                  shown: advocates.data.rows.length,
                  total: advocates.data.total,
                })}
              </List.Item>
            )}
            <List.Item>{t('analytics.advocates.onlyEnrolled')}</List.Item>
            {advocates.data.names === 'initials' && (
              <List.Item>{t('analytics.advocates.initials')}</List.Item>
            )}
          </List>
        </>
      )}
    </Stack>
  );
}

function AdvocatesTable({
  rows,
  label,
  busy,
}: {
  rows: readonly AdvocateRow[];
  label: string;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table
        striped
        aria-label={label}
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1 }}
        verticalSpacing="xs"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" ta="right">
              {t('analytics.advocates.columns.rank')}
            </Table.Th>
            <Table.Th scope="col">{t('analytics.advocates.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('analytics.advocates.columns.department')}</Table.Th>
            {FIGURES.map((figure) => (
              <Table.Th key={figure} scope="col" ta="right">
                {t(`analytics.columns.${figure}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            // Names need not be unique (initials, namesakes): the place in the list is.
            <Table.Tr key={index}>
              <Table.Td ta="right">{format.count(row.rank)}</Table.Td>
              <Table.Th scope="row" fw={400}>
                {row.name}
              </Table.Th>
              <Table.Td>{row.department ?? t('analytics.breakdown.none.department')}</Table.Td>
              {FIGURES.map((figure) => (
                <Table.Td key={figure} ta="right">
                  {format.count(row[figure])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
