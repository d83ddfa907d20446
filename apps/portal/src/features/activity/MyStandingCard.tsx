import type { RecognitionPeriod } from '@chorus/core';
import { MIN_DEPARTMENT_MEMBERS } from '@chorus/core';
import { Anchor, Loader, Paper, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../components/QueryError';
import { useFigureFormat } from '../../lib/use-figure-format';
import { useMyStanding } from './use-my-standing';

/**
 * My points and rank among the people shown on leaderboards in `period`, beside my team's
 * median: never anyone else's name. For My activity.
 */
export function MyStandingCard({ period }: { period: RecognitionPeriod }) {
  const { t } = useTranslation();
  const { count, ratio } = useFigureFormat();
  const standing = useMyStanding(period);
  const titleId = useId();
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      aria-labelledby={titleId}
      aria-busy={standing.isPending || standing.isPlaceholderData}
    >
      <Title id={titleId} order={2} size="h4">
        {t('leaderboards.standing.title')}
      </Title>
      {standing.isPending ? (
        <Loader size="sm" aria-label={t('leaderboards.standing.loading')} />
      ) : standing.isError ? (
        <QueryError
          title={t('leaderboards.standing.loadFailed')}
          error={standing.error}
          onRetry={() => void standing.refetch()}
        />
      ) : (
        <>
          <Text fz={28} fw={700} lh={1.3}>
            {standing.data.rank === null
              ? t('leaderboards.me.points', {
                  count: standing.data.points,
                  points: count(standing.data.points),
                })
              : t('leaderboards.me.rank', {
                  rank: count(standing.data.rank),
                  of: count(standing.data.of),
                })}
          </Text>
          {standing.data.rank !== null && (
            <Text>
              {t('leaderboards.me.points', {
                count: standing.data.points,
                points: count(standing.data.points),
              })}
            </Text>
          )}
          {standing.data.rank === null && (
            <Text size="sm" c="dimmed">
              {t('leaderboards.me.notEnrolled')}
            </Text>
          )}
          <Text size="sm" mt={4}>
            {standing.data.teamMedian !== null
              ? t('leaderboards.standing.teamMedian', {
                  median: ratio(standing.data.teamMedian),
                })
              : standing.data.department
                ? t('leaderboards.standing.teamTooSmall', { min: MIN_DEPARTMENT_MEMBERS })
                : t('leaderboards.standing.noDepartment')}
          </Text>
          <Text size="sm" c="dimmed" mt={4}>
            <Anchor component={Link} to="/leaderboards">
              {t('leaderboards.standing.open')}
            </Anchor>
          </Text>
        </>
      )}
    </Paper>
  );
}
