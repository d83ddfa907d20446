import { Anchor, SimpleGrid, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ChallengeCard } from '../../components/ChallengeCard';
import { usePhoneLayout } from '../../components/use-phone-layout';
import { myChallengesQuery } from '../challenges/api/challenge-queries';

/** Where the challenges are. */
export const CHALLENGES_PATH = '/challenges';

/**
 * The running challenges that concern me, with their progress; nothing when there are none. On
 * a phone, one line leads to them, so that the feed's first Share stays on the first screen.
 */
export function HomeChallenges() {
  const { t } = useTranslation();
  const headingId = useId();
  const phone = usePhoneLayout();
  const mine = useQuery(myChallengesQuery());
  const active = (mine.data ?? []).filter((challenge) => challenge.state === 'active');
  if (active.length === 0) return null;
  if (phone) {
    return (
      <Anchor component={Link} to={CHALLENGES_PATH} size="sm" fw={600}>
        {t('challenges.running', { count: active.length })}
      </Anchor>
    );
  }

  return (
    <Stack component="section" aria-labelledby={headingId} maw={1040} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t('challenges.homeTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {active.map((challenge) => (
          <ChallengeCard key={challenge.id} challenge={challenge} />
        ))}
      </SimpleGrid>
      <Anchor component={Link} to={CHALLENGES_PATH} size="sm">
        {t('challenges.seeAll')}
      </Anchor>
    </Stack>
  );
}
