import { Alert, Divider, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { AnalyticsSettings } from './AnalyticsSettings';
import { SharingSettings } from './SharingSettings';
import { TrainingSettings } from './TrainingSettings';
import { useSettings } from './use-settings';
import { useUpdateSettings } from './use-update-settings';

/** Organisation-wide settings, for administrators. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  const update = useUpdateSettings();

  const setFourEyes = (fourEyesApproval: boolean) =>
    update.mutate(
      { fourEyesApproval },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'green',
            message: t(saved.fourEyesApproval ? 'settings.fourEyes.on' : 'settings.fourEyes.off'),
          }),
      },
    );

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
        <Paper withBorder p="lg">
          <Stack>
            <Title order={2} size="h4">
              {t('settings.content')}
            </Title>
            {update.isError && (
              <Alert color="red" title={t('settings.saveFailed')}>
                {describeError(update.error, t)}
              </Alert>
            )}
            <Switch
              label={t('settings.fourEyes.label')}
              // The label wraps the description too; the name is the label alone.
              aria-label={t('settings.fourEyes.label')}
              description={t('settings.fourEyes.description')}
              // While saving, the switch shows what was asked for.
              checked={
                (update.isPending ? update.variables.fourEyesApproval : undefined) ??
                settings.data.fourEyesApproval
              }
              onChange={(event) => setFourEyes(event.currentTarget.checked)}
              disabled={update.isPending}
              size="md"
            />
            <Text size="sm" c="dimmed">
              {t('settings.fourEyes.explained')}
            </Text>
            <Divider my="sm" />
            <TrainingSettings settings={settings.data} />
            <Divider my="sm" />
            <SharingSettings settings={settings.data} />
            <Divider my="sm" />
            <AnalyticsSettings settings={settings.data} />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
