import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MetricCard } from '../../components/MetricCard';
import type { AnalyticsSummary } from './analytics-types';
import { SharesBySourceCard } from './SharesBySourceCard';
import { useFigureFormat } from '../../lib/use-figure-format';

/** Card widths by the room there is, from one column on a phone to a row on a wide screen. */
export const CARD_COLUMNS = { base: 1, '440px': 2, '720px': 3, '1100px': 4 };

/** The period's shares and clicks, each with its definition; ratios without a base say why. */
export function EngagementCards({ summary, busy }: { summary: AnalyticsSummary; busy: boolean }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const value = summary.earnedMediaValue;
  const card = (
    metric: 'shares' | 'verifiedShares' | 'clicks' | 'uniqueVisitors' | 'declaredReach',
    note?: string,
  ) => (
    <MetricCard
      title={t(`metrics.${metric}.title`)}
      value={format.count(summary[metric])}
      note={note}
      help={t(`metrics.${metric}.help`)}
      busy={busy}
    />
  );

  return (
    <SimpleGrid type="container" cols={CARD_COLUMNS} spacing="sm">
      {card('shares')}
      {card(
        'verifiedShares',
        summary.shares > 0
          ? t('analytics.notes.verifiedOf', {
              percent: format.percent(summary.verifiedShares / summary.shares),
            })
          : undefined,
      )}
      {card('clicks')}
      {card('uniqueVisitors')}
      {card('declaredReach')}
      <MetricCard
        title={t('metrics.clicksPerShare.title')}
        value={format.ratio(summary.clicksPerShare)}
        note={summary.clicksPerShare === null ? t('analytics.notes.noShares') : undefined}
        help={t('metrics.clicksPerShare.help')}
        busy={busy}
      />
      {value && (
        <MetricCard
          title={t('metrics.earnedMediaValue.title')}
          value={format.money(value.amount, value.currency)}
          note={t('analytics.notes.valuedNetworks', {
            networks: value.networks.map((network) => t(`networks.${network}`)).join(', '),
          })}
          help={t('metrics.earnedMediaValue.help')}
          busy={busy}
        />
      )}
      <SharesBySourceCard summary={summary} busy={busy} />
    </SimpleGrid>
  );
}
