import { LineChart } from '@mantine/charts';
import { Box, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhoneLayout } from '../../components/use-phone-layout';
import { useFigureFormat } from '../../lib/use-figure-format';
import type { MyActivity } from './api/my-activity-queries';

/** The analytics dashboard's colours for the same figures. */
const SERIES = [
  { name: 'clicks', color: 'teal.6' },
  { name: 'shares', color: 'indigo.6', yAxisId: 'right' },
] as const;

/**
 * Clicks and shares over the period, one point a day, week or month. Shares have their own
 * scale on the right: a handful a week would lie flat under hundreds of clicks.
 */
export function ActivityChart({ activity, busy }: { activity: MyActivity; busy: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const format = useFigureFormat();
  const phone = usePhoneLayout();
  const { series, interval } = activity;
  const empty = series.every((point) => point.shares === 0 && point.clicks === 0);
  const label = interval === 'month' ? format.shortMonth : format.shortDay;

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t('activity.overTime.title')}
      </Title>
      {empty ? (
        <Text c="dimmed">{t('activity.overTime.empty')}</Text>
      ) : (
        <Box
          component="figure"
          m={0}
          aria-label={t(`activity.overTime.chartLabel.${interval}`)}
          aria-busy={busy}
          style={{ opacity: busy ? 0.6 : 1 }}
        >
          <LineChart
            h={phone ? 220 : 280}
            data={series.map((point) => ({ ...point, label: label(point.date) }))}
            dataKey="label"
            series={SERIES.map((line) => ({ ...line, label: t(`metrics.${line.name}.title`) }))}
            withRightYAxis
            yAxisLabel={t('metrics.clicks.title')}
            rightYAxisLabel={t('metrics.shares.title')}
            curveType="linear"
            withDots={series.length <= 31}
            withLegend
            valueFormatter={format.count}
            tickLine="y"
          />
        </Box>
      )}
    </Stack>
  );
}
