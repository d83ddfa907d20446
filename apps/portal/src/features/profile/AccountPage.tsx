import { Anchor, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { RoleBadges } from '../../components/RoleBadges';
import { useCurrentUser } from '../../lib/current-user';
import { PrivacySection } from './PrivacySection';
import { ProfileForm } from './ProfileForm';
import { useProfile } from './use-profile';

/** My account: the profile a person keeps themselves, and their privacy rights. */
export function AccountPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const profile = useProfile();

  return (
    <Stack maw={720}>
      <Title order={1}>{t('account.title')}</Title>
      {profile.isPending && <PageLoader label={t('account.loading')} />}
      {profile.isError && (
        <QueryError
          title={t('account.loadFailed')}
          error={profile.error}
          onRetry={() => void profile.refetch()}
        />
      )}
      {profile.data && (
        <>
          <Paper withBorder p="lg">
            <Stack>
              <Title order={2} size="h3">
                {t('profile.title')}
              </Title>
              <TextInput label={t('account.email')} value={profile.data.email} readOnly />
              <div>
                <Text size="sm" fw={500} mb={4}>
                  {t('account.roles')}
                </Text>
                <RoleBadges roles={user.roles} label={t('account.roles')} />
              </div>
              <ProfileForm profile={profile.data} />
            </Stack>
          </Paper>
          <Paper withBorder p="lg">
            <Stack gap="xs" align="flex-start">
              <Title order={2} size="h3">
                {t('account.notifications.title')}
              </Title>
              <Text size="sm">{t('account.notifications.description')}</Text>
              <Anchor component={Link} to="/profile/notifications">
                {t('account.notifications.link')}
              </Anchor>
            </Stack>
          </Paper>
          <Paper withBorder p="lg">
            <PrivacySection email={profile.data.email} />
          </Paper>
        </>
      )}
    </Stack>
  );
}
