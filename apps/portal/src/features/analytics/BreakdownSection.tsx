import type { AnalyticsDimension } from '@chorus/core';
import { BarChart } from '@mantine/charts';
import { Box, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { csvHref } from './analytics-filters';
import type { AnalyticsQuery, BreakdownRow } from './analytics-types';
import { breakdownLabel } from './breakdown-labels';
import { BreakdownTable } from './BreakdownTable';
import { CsvLink } from './CsvLink';
import { SectionHeader } from './SectionHeader';
import { useAnalyticsBreakdown } from './use-analytics-breakdown';
import { useFigureFormat } from '../../lib/use-figure-format';

/** Rows a dashboard breakdown shows: enough for a readable chart; the CSV has them all. */
export const BREAKDOWN_ROWS = 10;

/** Chart labels longer than this are cut short; the table beside has them in full. */
const CHART_LABEL_LENGTH = 22;

const shorten = (label: string) =>
  label.length > CHART_LABEL_LENGTH ? `${label.slice(0, CHART_LABEL_LENGTH - 1)}…` : label;

interface BreakdownSectionProps {
  by: Exclude<AnalyticsDimension, 'item'>;
  query: AnalyticsQuery;
  /** Whether the reader sees figures about people (how many enrolled employees shared). */
  people: boolean;
}

/** The period's figures by one dimension: a bar chart of clicks and shares, and the table. */
export function BreakdownSection({ by, query, people }: BreakdownSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const breakdown = useAnalyticsBreakdown(query, by, { limit: BREAKDOWN_ROWS });
  const title = t(`analytics.breakdown.title.${by}`);

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" miw={0}>
      <SectionHeader id={headingId} title={title}>
        {breakdown.data && (
          <CsvLink
            href={csvHref('/api/analytics/breakdown', breakdown.data.scope, { by })}
            what={title}
          />
        )}
      </SectionHeader>
      {breakdown.isPending ? (
        <PageLoader label={t('analytics.breakdown.loading')} />
      ) : breakdown.isError ? (
        <QueryError
          title={t('analytics.breakdown.loadFailed')}
          error={breakdown.error}
          onRetry={() => void breakdown.refetch()}
        />
      ) : breakdown.data.rows.length === 0 ? (
        <Text c="dimmed">{t('analytics.breakdown.empty')}</Text>
      ) : (
        <Stack
          gap="sm"
          aria-busy={breakdown.isPlaceholderData}
          style={{ opacity: breakdown.isPlaceholderData ? 0.6 : 1 }}
        >
          <BreakdownChart by={by} rows={breakdown.data.rows} title={title} />
          <BreakdownTable
            by={by}
            rows={breakdown.data.rows}
            withSharingEnrolled={people}
            label={title}
          />
          {breakdown.data.total > breakdown.data.rows.length && (
            <Text size="sm" c="dimmed">
              {t('analytics.breakdown.shown', {
                shown: breakdown.data.rows.length,
                total: breakdown.data.total,
              })}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function BreakdownChart({
  by,
  rows,
  title,
}: {
  by: AnalyticsDimension;
  rows: readonly BreakdownRow[];
  title: string;
}) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  return (
    <Box component="figure" m={0} aria-label={t('analytics.breakdown.chartLabel', { title })}>
      <BarChart
        h={48 + rows.length * 40}
        orientation="vertical"
        data={rows.map((row) => ({
          name: shorten(breakdownLabel(by, row, t)),
          clicks: row.clicks,
          shares: row.shares,
        }))}
        dataKey="name"
        series={[
          { name: 'clicks', color: 'teal.6', label: t('metrics.clicks.title') },
          { name: 'shares', color: 'indigo.6', label: t('metrics.shares.title') },
        ]}
        yAxisProps={{ width: 150 }}
        // Room for the last tick's label on the right.
        barChartProps={{ margin: { right: 24 } }}
        gridAxis="x"
        withLegend
        valueFormatter={format.count}
      />
    </Box>
  );
}
