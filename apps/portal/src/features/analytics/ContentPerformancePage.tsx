import { INPUT_LIMITS, type BreakdownSort } from '@chorus/core';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useCurrentUser } from '../../lib/current-user';
import {
  analyticsQuery,
  csvHref,
  filtersFor,
  filtersPeriod,
  isNarrowed,
  readAnalyticsFilters,
  writeAnalyticsFilters,
  type AnalyticsFilters,
} from './analytics-filters';
import { analyticsToday } from './analytics-period';
import { opensContentItems } from './analytics-roles';
import { AnalyticsFiltersBar } from './AnalyticsFiltersBar';
import { ContentPerformanceTable } from './ContentPerformanceTable';
import { readContentSort, writeContentSort } from './content-sort';
import { CsvLink } from './CsvLink';
import { PeriodSummary } from './PeriodSummary';
import { useAnalyticsBreakdown } from './use-analytics-breakdown';
import { useFigureFormat } from '../../lib/use-figure-format';

/** Items listed at first, and added by each "Show more". */
export const CONTENT_PAGE_SIZE = 25;
/** The most items the API lists (its largest `limit`); the CSV has every one. */
export const MAX_CONTENT_ROWS = INPUT_LIMITS.breakdownRows;

/**
 * How each content item did in a period: shares, clicks and the rest, network by network.
 * For curators as much as for HR; figures about people are not part of it. The API orders the
 * items; the page lists the first 25 and more on request.
 */
export function ContentPerformancePage() {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [limit, setLimit] = useState(CONTENT_PAGE_SIZE);
  // The period and what the items are about; not who shared them.
  const filters = filtersFor(readAnalyticsFilters(params), false);
  const sort = readContentSort(params);
  const breakdown = useAnalyticsBreakdown(analyticsQuery(filters), 'item', { sort, limit });
  const today = analyticsToday(breakdown.data?.scope);

  // Other items or another order: the list starts again from the top.
  const update = (change: Partial<AnalyticsFilters>) => {
    setLimit(CONTENT_PAGE_SIZE);
    setParams((current) => writeAnalyticsFilters(current, change));
  };
  const setSort = (next: BreakdownSort) => {
    setLimit(CONTENT_PAGE_SIZE);
    setParams((current) => writeContentSort(current, next));
  };

  const rows = breakdown.data?.rows ?? [];
  const total = breakdown.data?.total ?? 0;
  const listable = Math.min(total, MAX_CONTENT_ROWS);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('contentPerformance.title')}</Title>
        <Text c="dimmed">{t('contentPerformance.intro')}</Text>
      </div>
      <Paper component="section" withBorder p="md" aria-label={t('analytics.filters.label')}>
        <AnalyticsFiltersBar
          filters={filters}
          period={filtersPeriod(filters, today)}
          today={today}
          peopleFilters={false}
          onChange={update}
        />
      </Paper>
      {breakdown.isPending ? (
        <PageLoader label={t('contentPerformance.loading')} />
      ) : breakdown.isError ? (
        <QueryError
          title={t('contentPerformance.loadFailed')}
          error={breakdown.error}
          onRetry={() => void breakdown.refetch()}
        />
      ) : (
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start">
            <PeriodSummary scope={breakdown.data.scope} />
            <CsvLink
              href={csvHref('/api/analytics/breakdown', breakdown.data.scope, { by: 'item', sort })}
              what={t('contentPerformance.title')}
            />
          </Group>
          {rows.length === 0 ? (
            <Text>
              {t(isNarrowed(filters) ? 'analytics.empty.filtered' : 'analytics.empty.period', {
                from: format.day(breakdown.data.scope.from),
                to: format.day(breakdown.data.scope.to),
              })}
            </Text>
          ) : (
            <>
              <ContentPerformanceTable
                rows={rows}
                sort={sort}
                onSort={setSort}
                linkItems={opensContentItems(user.roles)}
                busy={breakdown.isPlaceholderData}
              />
              <Group justify="space-between">
                <Text size="sm" c="dimmed">
                  {t('contentPerformance.shown', {
                    shown: format.count(rows.length),
                    total: format.count(total),
                  })}
                </Text>
                {rows.length < listable && (
                  <Button
                    variant="default"
                    size="xs"
                    loading={breakdown.isFetching}
                    onClick={() =>
                      setLimit(Math.min(rows.length + CONTENT_PAGE_SIZE, MAX_CONTENT_ROWS))
                    }
                  >
                    {t('contentPerformance.showMore', {
                      count: Math.min(CONTENT_PAGE_SIZE, listable - rows.length),
                    })}
                  </Button>
                )}
              </Group>
              {rows.length >= MAX_CONTENT_ROWS && total > rows.length && (
                <Text size="sm" c="dimmed">
                  {t('contentPerformance.atMost', {
                    max: format.count(MAX_CONTENT_ROWS),
                    total: format.count(total),
                  })}
                </Text>
              )}
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
