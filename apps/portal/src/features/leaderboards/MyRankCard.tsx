import { Anchor, Paper, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFigureFormat } from '../../lib/use-figure-format';
import type { Leaderboard } from './api/leaderboard-queries';

/** My rank and points in the period, and whether others see me: always shown, to me alone. */
export function MyRankCard({ me }: { me: Leaderboard['me'] }) {
  const { t } = useTranslation();
  const { count } = useFigureFormat();
  const titleId = useId();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={titleId}>
      <Title id={titleId} order={2} size="h4">
        {t('leaderboards.me.title')}
      </Title>
      <Text fz={28} fw={700} lh={1.3}>
        {me.rank === null
          ? t('leaderboards.me.points', { count: me.points, points: count(me.points) })
          : t('leaderboards.me.rank', { rank: count(me.rank), of: count(me.of) })}
      </Text>
      {me.rank !== null && (
        <Text>{t('leaderboards.me.points', { count: me.points, points: count(me.points) })}</Text>
      )}
      <Text size="sm" c="dimmed" mt={4}>
        {me.rank === null
          ? t('leaderboards.me.notEnrolled')
          : me.shown
            ? t('leaderboards.me.shown')
            : t('leaderboards.me.hidden')}{' '}
        <Anchor component={Link} to="/advocacy">
          {t('leaderboards.me.change')}
        </Anchor>
      </Text>
    </Paper>
  );
}
