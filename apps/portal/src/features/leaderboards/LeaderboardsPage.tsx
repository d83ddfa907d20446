import { hasAnyRole, LEADERBOARD_PERIODS, type LeaderboardPeriod, type Role } from '@chorus/core';
import { Anchor, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useMe } from '../../lib/use-me';
import { DepartmentsTable } from './DepartmentsTable';
import { MyRankCard } from './MyRankCard';
import { PeopleTable } from './PeopleTable';
import { useLeaderboard } from './use-leaderboard';

/** Who also sees the top advocates of Analytics (its people figures), and where. */
const TOP_ADVOCATES_ROLES: readonly Role[] = ['analyst', 'admin'];
const ANALYTICS_PAGE = '/analytics';

const isLeaderboardPeriod = (value: unknown): value is LeaderboardPeriod =>
  (LEADERBOARD_PERIODS as readonly unknown[]).includes(value);

/**
 * This month's or this quarter's leaderboard: my own rank (always, shown or not), the people who
 * chose to be shown, and departments by points per enrolled member. The period is in the URL.
 */
export function LeaderboardsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('period');
  const period: LeaderboardPeriod = isLeaderboardPeriod(asked) ? asked : 'month';
  const board = useLeaderboard(period);
  const me = useMe();
  const choose = (value: string | null) =>
    setParams(value && value !== 'month' ? { period: value } : {}, { replace: true });

  return (
    <Stack>
      <div>
        <Title order={1}>{t('leaderboards.title')}</Title>
        <Text c="dimmed">{t('leaderboards.intro')}</Text>
      </div>
      <Tabs value={period} onChange={choose}>
        <Tabs.List aria-label={t('leaderboards.period.label')}>
          {LEADERBOARD_PERIODS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`leaderboards.period.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {board.isPending ? (
        <PageLoader label={t('leaderboards.loading')} />
      ) : board.isError ? (
        <QueryError
          title={t('leaderboards.loadFailed')}
          error={board.error}
          onRetry={() => void board.refetch()}
        />
      ) : (
        <Stack aria-busy={board.isPlaceholderData}>
          <MyRankCard me={board.data.me} />
          <PeopleTable entries={board.data.entries} />
          <DepartmentsTable departments={board.data.departments} />
          {me.data && hasAnyRole(me.data.roles, TOP_ADVOCATES_ROLES) && (
            <Text size="sm">
              <Anchor component={Link} to={ANALYTICS_PAGE}>
                {t('leaderboards.topAdvocates')}
              </Anchor>
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
