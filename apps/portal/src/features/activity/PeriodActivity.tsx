import type { ActivityPeriod } from '@chorus/core';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useFigureFormat } from '../../lib/use-figure-format';
import { ActivityChart } from './ActivityChart';
import { ActivityTotals } from './ActivityTotals';
import { NetworkActivityTable } from './NetworkActivityTable';
import { useMyActivity } from './use-my-activity';

/** My figures for the period: in all, over time, and by network. */
export function PeriodActivity({ period }: { period: ActivityPeriod }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const activity = useMyActivity(period);

  if (activity.isPending) return <PageLoader label={t('activity.periodLoading')} />;
  if (activity.isError) {
    return (
      <QueryError
        title={t('activity.periodLoadFailed')}
        error={activity.error}
        onRetry={() => void activity.refetch()}
      />
    );
  }
  const busy = activity.isPlaceholderData;
  const { from, to } = activity.data.period;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {format.days(from, to)}
      </Text>
      <ActivityTotals totals={activity.data.totals} busy={busy} />
      <ActivityChart activity={activity.data} busy={busy} />
      <NetworkActivityTable networks={activity.data.networks} busy={busy} />
    </Stack>
  );
}
