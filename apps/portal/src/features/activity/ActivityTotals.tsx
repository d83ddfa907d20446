import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MetricCard } from '../../components/MetricCard';
import { currentLanguage } from '../../i18n';
import type { ShareTotals } from './api/my-shares-queries';

/**
 * The figures, in the order DESIGN.md "Counting honestly" defines them, with the metric
 * whose definition each one shows: the same as on the analytics dashboard.
 */
const FIGURES = [
  ['shares', 'shares'],
  ['verified', 'verifiedShares'],
  ['clicks', 'clicks'],
  ['uniqueVisitors', 'uniqueVisitors'],
  ['declaredReach', 'declaredReach'],
] as const;

/** My totals over all my shares, each with its definition in a sentence. */
export function ActivityTotals({ totals }: { totals: ShareTotals }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(currentLanguage(i18n));
  return (
    <SimpleGrid
      type="container"
      cols={{ base: 1, '440px': 2, '720px': 3, '1100px': 5 }}
      spacing="sm"
    >
      {FIGURES.map(([figure, metric]) => (
        <MetricCard
          key={figure}
          title={t(`metrics.${metric}.title`)}
          value={format.format(totals[figure])}
          help={t(`metrics.${metric}.help`)}
        />
      ))}
    </SimpleGrid>
  );
}
