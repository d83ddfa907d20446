import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { periodDays } from './analytics-period';
import type { AnalyticsScope } from './analytics-types';
import { useFigureFormat } from '../../lib/use-figure-format';

/** The period and the filters the figures are for, in words: "Oct 26 – Nov 22, 2026, …". */
export function PeriodSummary({ scope }: { scope: AnalyticsScope }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const filters = [
    scope.department?.name,
    scope.location?.name,
    scope.network && t(`networks.${scope.network}`),
    scope.campaign?.name,
    scope.kind && t(`content.kinds.${scope.kind}`),
  ].filter((name): name is string => Boolean(name));
  return (
    <div>
      <Text fw={600}>
        {t('analytics.period.summary', {
          range: format.days(scope.from, scope.to),
          count: periodDays(scope),
          timeZone: scope.timeZone,
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {filters.length > 0
          ? t('analytics.period.filtered', { filters: filters.join(', ') })
          : t('analytics.period.unfiltered')}
      </Text>
    </div>
  );
}
