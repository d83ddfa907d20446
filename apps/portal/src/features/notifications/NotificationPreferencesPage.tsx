import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { NOTIFICATIONS_PATH } from './notification-links';
import { PreferencesForm } from './PreferencesForm';
import { useNotificationPreferences } from './use-notification-preferences';

/** How I hear of each kind of notification, the digest, quiet hours and my time zone. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();

  return (
    <Stack maw={760}>
      <div>
        <Title order={1}>{t('notifications.preferences.title')}</Title>
        <Text c="dimmed">{t('notifications.preferences.intro')}</Text>
        <Anchor component={Link} to={NOTIFICATIONS_PATH} size="sm">
          {t('notifications.preferences.backToList')}
        </Anchor>
      </div>
      {preferences.isPending ? (
        <PageLoader label={t('notifications.preferences.loading')} />
      ) : preferences.isError ? (
        <QueryError
          title={t('notifications.preferences.loadFailed')}
          error={preferences.error}
          onRetry={() => void preferences.refetch()}
        />
      ) : (
        <PreferencesForm preferences={preferences.data} />
      )}
    </Stack>
  );
}
