import type { ActivityPeriod } from '@chorus/core';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ActivityPeriodControl } from './ActivityPeriodControl';
import { readActivityPeriod, writeActivityPeriod } from './activity-period';
import { MySharesSection } from './MySharesSection';
import { PeriodActivity } from './PeriodActivity';

/**
 * What my shares brought in over a period (the period in the address): my totals, each
 * defined, a chart over time and the figures by network; then every share with its figures.
 */
export function ActivityPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const period = readActivityPeriod(params);
  const choose = (chosen: ActivityPeriod) =>
    setParams((current) => writeActivityPeriod(current, chosen));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1}>{t('activity.title')}</Title>
          <Text c="dimmed">{t('activity.intro')}</Text>
        </div>
        <ActivityPeriodControl value={period} onChange={choose} />
      </Group>
      <PeriodActivity period={period} />
      {/*
        Recognition for the same period goes here, side by side on a wide screen:
        <SimpleGrid type="container" cols={{ base: 1, '720px': 2 }}> with points' MyPointsCard
        and leaderboards' MyStandingCard, each given `period`.
      */}
      <MySharesSection />
    </Stack>
  );
}
