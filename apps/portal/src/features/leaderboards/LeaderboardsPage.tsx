import { hasAnyRole, LEADERBOARD_PERIODS, type LeaderboardPeriod, type Role } from '@chorus/core';
import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useMe } from '../../lib/use-me';
import { DepartmentsTable } from './DepartmentsTable';
import { LeaderboardPeriodControl } from './LeaderboardPeriodControl';
import { MyRankCard } from './MyRankCard';
import { PeopleTable } from './PeopleTable';
import { useLeaderboard } from './use-leaderboard';

/** Who also sees the top advocates of Analytics (its people figures), and where. */
const TOP_ADVOCATES_ROLES: readonly Role[] = ['analyst', 'admin'];
const ANALYTICS_PAGE = '/analytics';
const ADVOCACY_PAGE = '/advocacy';

/**
 * The API's answer to someone outside the programme (analysts and admins see leaderboards
 * without joining): its only 409 here, with the generic code `conflict`, so the status says it.
 */
const isOutsideProgramme = (error: unknown) => error instanceof ApiError && error.status === 409;

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
  const choose = (value: LeaderboardPeriod) =>
    setParams(value !== 'month' ? { period: value } : {}, { replace: true });
  const outside = board.isError && isOutsideProgramme(board.error);

  return (
    <Stack>
      <div>
        <Title order={1}>{t('leaderboards.title')}</Title>
        <Text c="dimmed">{t('leaderboards.intro')}</Text>
      </div>
      {!outside && <LeaderboardPeriodControl value={period} onChange={choose} />}
      {outside ? (
        // Not an error: a way in, said calmly.
        <Paper withBorder p="md">
          <Stack gap="sm" align="flex-start">
            <Text>{t('leaderboards.outside.text')}</Text>
            <Button component={Link} to={ADVOCACY_PAGE} variant="light">
              {t('leaderboards.outside.join')}
            </Button>
          </Stack>
        </Paper>
      ) : board.isPending ? (
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
