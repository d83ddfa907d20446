import type { RecognitionPeriod } from '@chorus/core';
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useFigureFormat } from '../../lib/use-figure-format';
import { badgeName } from './badge-name';
import { useMyPoints } from './use-my-points';

/** My points in a period, how I earned them per rule, and every badge I earned with its date. */
export function MyPointsCard({ period }: { period: RecognitionPeriod }) {
  const { t } = useTranslation();
  const { dayOf } = useFigureFormat();
  const mine = useMyPoints(period);
  const earned = mine.data?.rules.filter((rule) => rule.count > 0) ?? [];

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="my-points-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title id="my-points-title" order={2} size="h4">
            {t('points.card.title')}
          </Title>
          <Anchor component={Link} to="/points" size="sm">
            {t('points.card.howEarned')}
          </Anchor>
        </Group>
        {mine.isPending ? (
          <PageLoader label={t('points.card.loading')} />
        ) : mine.isError ? (
          <QueryError
            title={t('points.card.loadFailed')}
            error={mine.error}
            onRetry={() => void mine.refetch()}
          />
        ) : (
          <>
            <Text size="xl" fw={700}>
              {t('points.card.total', { count: mine.data.total })}
            </Text>
            {earned.length > 0 ? (
              <Table aria-label={t('points.card.byRule')}>
                <Table.Tbody>
                  {earned.map((rule) => (
                    <Table.Tr key={rule.rule}>
                      <Table.Td>{t(`points.rules.${rule.rule}`)}</Table.Td>
                      <Table.Td ta="right">{t('points.value', { points: rule.points })}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : (
              <Text size="sm" c="dimmed">
                {t('points.card.none')}
              </Text>
            )}
            <Title order={3} size="h5">
              {t('points.card.badges')}
            </Title>
            {mine.data.badges.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('points.card.noBadges')}
              </Text>
            ) : (
              <Group gap="xs" role="list" aria-label={t('points.card.badges')}>
                {mine.data.badges.map(({ badge, earnedAt }) => (
                  <Badge key={badge} role="listitem" variant="light" size="lg">
                    {t('points.card.badge', {
                      name: badgeName(t, badge),
                      date: dayOf(earnedAt),
                    })}
                  </Badge>
                ))}
              </Group>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
