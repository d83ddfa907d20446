import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable, type DataColumn } from '../../components/ResponsiveTable';
import { useFigureFormat } from '../../lib/use-figure-format';
import type { NetworkActivity } from './api/my-activity-queries';

/** My period's figures per network, most clicks first; a card per network on a phone. */
export function NetworkActivityTable({
  networks,
  busy,
}: {
  networks: readonly NetworkActivity[];
  busy: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const format = useFigureFormat();
  const figure = (
    key: 'shares' | 'verified' | 'clicks',
    metric: 'shares' | 'verifiedShares' | 'clicks',
  ): DataColumn<NetworkActivity> => ({
    key,
    label: t(`metrics.${metric}.title`),
    numeric: true,
    cell: (row) => format.count(row[key]),
  });
  const columns: DataColumn<NetworkActivity>[] = [
    {
      key: 'network',
      label: t('activity.columns.network'),
      phone: 'title',
      cell: (row) => t(`networks.${row.network}`),
    },
    figure('shares', 'shares'),
    figure('verified', 'verifiedShares'),
    figure('clicks', 'clicks'),
  ];

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t('activity.byNetwork.title')}
      </Title>
      {networks.length === 0 ? (
        <Text c="dimmed">{t('activity.byNetwork.empty')}</Text>
      ) : (
        <ResponsiveTable
          label={t('activity.byNetwork.title')}
          rows={networks}
          rowKey={(row) => row.network}
          columns={columns}
          minWidth={420}
          busy={busy}
        />
      )}
    </Stack>
  );
}
