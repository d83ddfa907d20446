import type { AnalyticsInterval } from '@chorus/core';
import { LineChart } from '@mantine/charts';
import { Box, SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { csvHref } from './analytics-filters';
import type { AnalyticsQuery, SeriesPoint } from './analytics-types';
import { CsvLink } from './CsvLink';
import { SectionHeader } from './SectionHeader';
import { useAnalyticsTimeseries } from './use-analytics-timeseries';
import { useFigureFormat } from '../../lib/use-figure-format';

const SERIES = [
  { name: 'shares', color: 'indigo.6' },
  { name: 'clicks', color: 'teal.6' },
  { name: 'uniqueVisitors', color: 'orange.6' },
] as const;

const isEmpty = (points: readonly SeriesPoint[]) =>
  points.every((point) => point.shares === 0 && point.clicks === 0 && point.uniqueVisitors === 0);

interface TimeseriesSectionProps {
  query: AnalyticsQuery;
  interval: AnalyticsInterval;
  onIntervalChange: (interval: AnalyticsInterval) => void;
}

/** Shares, clicks and unique visitors by day or by week, as a line chart. */
export function TimeseriesSection({ query, interval, onIntervalChange }: TimeseriesSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const format = useFigureFormat();
  const series = useAnalyticsTimeseries(query, interval);

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <SectionHeader id={headingId} title={t('analytics.timeseries.title')}>
        <SegmentedControl
          size="xs"
          aria-label={t('analytics.timeseries.interval')}
          value={interval}
          onChange={(value) => onIntervalChange(value === 'week' ? 'week' : 'day')}
          data={[
            { value: 'day', label: t('analytics.timeseries.day') },
            { value: 'week', label: t('analytics.timeseries.week') },
          ]}
        />
        {series.data && (
          <CsvLink
            href={csvHref('/api/analytics/timeseries', series.data.scope, { interval })}
            what={t('analytics.timeseries.title')}
          />
        )}
      </SectionHeader>
      {series.isPending ? (
        <PageLoader label={t('analytics.timeseries.loading')} />
      ) : series.isError ? (
        <QueryError
          title={t('analytics.timeseries.loadFailed')}
          error={series.error}
          onRetry={() => void series.refetch()}
        />
      ) : isEmpty(series.data.points) ? (
        <Text c="dimmed">{t('analytics.timeseries.empty')}</Text>
      ) : (
        <Box
          component="figure"
          m={0}
          aria-label={t(`analytics.timeseries.chartLabel.${series.data.interval}`)}
          aria-busy={series.isPlaceholderData}
          style={{ opacity: series.isPlaceholderData ? 0.6 : 1 }}
        >
          <LineChart
            h={280}
            data={series.data.points.map((point) => ({
              ...point,
              label: format.shortDay(point.start),
            }))}
            dataKey="label"
            series={SERIES.map((line) => ({
              ...line,
              label: t(`metrics.${line.name}.title`),
            }))}
            curveType="linear"
            withDots={series.data.points.length <= 31}
            withLegend
            valueFormatter={format.count}
            tickLine="y"
          />
        </Box>
      )}
    </Stack>
  );
}
