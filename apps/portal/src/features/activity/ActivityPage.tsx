import type { ActivityPeriod } from '@chorus/core';
import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ActivityPeriodControl } from './ActivityPeriodControl';
import { readActivityPeriod, writeActivityPeriod } from './activity-period';
import { MyPointsCard } from './MyPointsCard';
import { MySharesSection } from './MySharesSection';
import { MyStandingCard } from './MyStandingCard';
import { PeriodActivity } from './PeriodActivity';

/**
 * What my shares brought in over a period (the period in the address): my totals, each
 * defined, a chart over time and the figures by network; my points, badges and standing for the
 * same period; then every share with its figures.
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
      <SimpleGrid type="container" cols={{ base: 1, '720px': 2 }}>
        <MyPointsCard period={period} />
        <MyStandingCard period={period} />
      </SimpleGrid>
      <MySharesSection />
    </Stack>
  );
}
