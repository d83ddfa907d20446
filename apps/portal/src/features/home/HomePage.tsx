import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RoleBadges } from '../../components/RoleBadges';
import { GetReadyCard } from '../advocacy/GetReadyCard';
import { useCurrentUser } from '../auth/current-user';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();

  return (
    <Stack maw={720}>
      <Title order={1}>{t('home.welcome', { name: user.name })}</Title>
      <GetReadyCard />
      <Text>{t('home.intro')}</Text>
      <RoleBadges roles={user.roles} label={t('home.yourRoles')} />
      <Title order={2} size="h3">
        {t('home.yourRoles')}
      </Title>
      {user.roles.map((role) => (
        <Card key={role} withBorder padding="md">
          <Text fw={600}>{t(`roles.${role}`)}</Text>
          <Text c="dimmed">{t(`roleDescriptions.${role}`)}</Text>
        </Card>
      ))}
    </Stack>
  );
}
