import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MetricCard } from '../../components/MetricCard';
import { rate } from '@chorus/core';
import type { AnalyticsSummary } from './analytics-types';
import { useFigureFormat } from '../../lib/use-figure-format';

/**
 * Where the period's shares were started (the feed, a digest, a notification, a chat channel,
 * the browser extension), each with its part of all shares: the digest's effect, from shares.
 */
export function SharesBySourceCard({
  summary,
  busy,
}: {
  summary: Pick<AnalyticsSummary, 'shares' | 'sharesBySource'>;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const title = t('metrics.sharesBySource.title');
  return (
    <MetricCard
      title={title}
      // An empty period draws no table: the card says there is nothing to split.
      note={summary.shares === 0 ? t('analytics.sources.none') : undefined}
      help={t('metrics.sharesBySource.help')}
      busy={busy}
    >
      {summary.shares > 0 && (
        <Table aria-label={title} verticalSpacing={4} horizontalSpacing={0} mt="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('analytics.sources.source')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('analytics.columns.shares')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('analytics.sources.part')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.sharesBySource.map(({ source, shares }) => (
              <Table.Tr key={source}>
                <Table.Th scope="row" fw={400}>
                  {t(`shareSources.${source}`)}
                </Table.Th>
                <Table.Td ta="right">{format.count(shares)}</Table.Td>
                <Table.Td ta="right">{format.percent(rate(shares, summary.shares))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </MetricCard>
  );
}
