import { Card, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleBadges } from '../../components/RoleBadges';
import { usePhoneLayout } from '../../components/use-phone-layout';
import { GetReadyCard } from '../advocacy/GetReadyCard';
import { useCurrentUser } from '../../lib/current-user';
import { FeedSection } from '../feed/FeedSection';
import { HomeChallenges } from './HomeChallenges';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const rolesId = useId();
  const phone = usePhoneLayout();

  return (
    <Stack gap="xl">
      <Stack maw={720}>
        {/* Smaller on a phone: a name on one line leaves the feed room on the first screen. */}
        <Title order={1} fz={{ base: 'h2', xs: 'h1' }}>
          {t('home.welcome', { name: user.name })}
        </Title>
        {/* On a phone the challenges are one line under the greeting, the feed right after. */}
        {phone && <HomeChallenges />}
        <GetReadyCard />
      </Stack>
      {!phone && <HomeChallenges />}
      <FeedSection />
      <Stack component="section" aria-labelledby={rolesId} maw={720}>
        <Title order={2} size="h3" id={rolesId}>
          {t('home.yourRoles')}
        </Title>
        <Text>{t('home.intro')}</Text>
        <RoleBadges roles={user.roles} label={t('home.yourRoles')} />
        {user.roles.map((role) => (
          <Card key={role} withBorder padding="md">
            <Text fw={600}>{t(`roles.${role}`)}</Text>
            <Text c="dimmed">{t(`roleDescriptions.${role}`)}</Text>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
