import type { AdvocateRanking } from '@chorus/core';
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useCurrentUser } from '../../lib/current-user';
import { AdvocatesSection, isAdvocateRanking } from './AdvocatesSection';
import {
  analyticsQuery,
  CONTENT_PERFORMANCE_PATH,
  filtersFor,
  filtersPeriod,
  intervalFor,
  readAnalyticsFilters,
  writeAnalyticsFilters,
  type AnalyticsFilters,
} from './analytics-filters';
import { analyticsToday } from './analytics-period';
import { seesPeopleFigures } from './analytics-roles';
import { AnalyticsFiltersBar } from './AnalyticsFiltersBar';
import { BreakdownSection } from './BreakdownSection';
import { ChallengesSection } from './ChallengesSection';
import { SummarySection } from './SummarySection';
import { TimeseriesSection } from './TimeseriesSection';
import { useAnalyticsSummary } from './use-analytics-summary';

/** Breakdowns everyone here sees, then those about people (HR and admins). */
const CONTENT_BREAKDOWNS = ['network', 'campaign', 'kind'] as const;
const PEOPLE_BREAKDOWNS = ['department', 'location'] as const;

/**
 * The analytics dashboard: a period's headline figures, each defined, over time and broken
 * down; figures about people for HR and admins only. The period and filters live in the
 * address, so a view can be shared.
 */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const people = seesPeopleFigures(user.roles);
  const [params, setParams] = useSearchParams();
  const filters = filtersFor(readAnalyticsFilters(params), people);
  const query = analyticsQuery(filters);
  const summary = useAnalyticsSummary(query);
  const today = analyticsToday(summary.data?.scope);
  const rankParam = params.get('rank');
  const rank: AdvocateRanking = isAdvocateRanking(rankParam) ? rankParam : 'clicks';

  // The content page takes the same period and content filters.
  const search = writeAnalyticsFilters(new URLSearchParams(), {
    ...filters,
    department: null,
    location: null,
    interval: null,
  }).toString();

  const update = (change: Partial<AnalyticsFilters>) =>
    setParams((current) => writeAnalyticsFilters(current, change));
  const setRank = (next: AdvocateRanking) =>
    setParams((current) => {
      const changed = new URLSearchParams(current);
      if (next === 'clicks') changed.delete('rank');
      else changed.set('rank', next);
      return changed;
    });

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('analytics.title')}</Title>
        <Text c="dimmed">{t('analytics.intro')}</Text>
      </div>
      <Paper component="section" withBorder p="md" aria-label={t('analytics.filters.label')}>
        <AnalyticsFiltersBar
          filters={filters}
          period={filtersPeriod(filters, today)}
          today={today}
          peopleFilters={people}
          onChange={update}
        />
      </Paper>
      {summary.isError ? (
        // A refused period or filter: the other sections would only repeat why.
        <QueryError
          title={t('analytics.loadFailed')}
          error={summary.error}
          onRetry={() => void summary.refetch()}
        />
      ) : (
        <>
          {summary.isPending ? (
            <PageLoader label={t('analytics.loading')} />
          ) : (
            <SummarySection summary={summary.data} busy={summary.isPlaceholderData} />
          )}
          <TimeseriesSection
            query={query}
            interval={intervalFor(filters, today)}
            onIntervalChange={(interval) => update({ interval })}
          />
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="xl" verticalSpacing="xl">
            {CONTENT_BREAKDOWNS.map((by) => (
              <BreakdownSection key={by} by={by} query={query} people={people} />
            ))}
            {people &&
              PEOPLE_BREAKDOWNS.map((by) => (
                <BreakdownSection key={by} by={by} query={query} people={people} />
              ))}
          </SimpleGrid>
          <Anchor component={Link} to={{ pathname: CONTENT_PERFORMANCE_PATH, search }}>
            {t('analytics.toContent')}
          </Anchor>
          {people && <AdvocatesSection query={query} rank={rank} onRankChange={setRank} />}
          {people && summary.data && (
            <ChallengesSection from={summary.data.scope.from} to={summary.data.scope.to} />
          )}
        </>
      )}
    </Stack>
  );
}
