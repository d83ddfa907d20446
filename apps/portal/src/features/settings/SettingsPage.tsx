import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard';
import { AnalyticsSettings } from './AnalyticsSettings';
import { ContentSettings } from './ContentSettings';
import { EarnedMediaSettings } from './EarnedMediaSettings';
import { NotificationSettings } from './NotificationSettings';
import { OrganisationSettings } from './OrganisationSettings';
import { PointsSettings } from './PointsSettings';
import { SharingSettings } from './SharingSettings';
import { TrainingSettings } from './TrainingSettings';
import { useSettings } from './use-settings';

/**
 * Organisation-wide settings, for administrators. Every section is a form of its own: a change
 * is saved with the section's Save, and leaving with unsaved changes asks first.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();

  return (
    <Stack maw={760}>
      <Title order={1}>{t('settings.title')}</Title>
      {settings.isPending ? (
        <PageLoader label={t('settings.loading')} />
      ) : settings.isError ? (
        <QueryError
          title={t('settings.loadFailed')}
          error={settings.error}
          onRetry={() => void settings.refetch()}
        />
      ) : (
        <UnsavedChangesGuard>
          <OrganisationSettings settings={settings.data} />
          <ContentSettings settings={settings.data} />
          <TrainingSettings settings={settings.data} />
          <SharingSettings settings={settings.data} />
          <AnalyticsSettings settings={settings.data} />
          <EarnedMediaSettings settings={settings.data} />
          <NotificationSettings settings={settings.data} />
          <PointsSettings />
        </UnsavedChangesGuard>
      )}
    </Stack>
  );
}
