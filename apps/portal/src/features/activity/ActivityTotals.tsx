import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MetricCard } from '../../components/MetricCard';
import { currentLanguage } from '../../i18n';

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

type Figure = (typeof FIGURES)[number][0];

/** My totals for a period, each with its definition in a sentence; dimmed while newer ones load. */
export function ActivityTotals({
  totals,
  busy = false,
}: {
  totals: Record<Figure, number>;
  busy?: boolean;
}) {
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
          busy={busy}
        />
      ))}
    </SimpleGrid>
  );
}
