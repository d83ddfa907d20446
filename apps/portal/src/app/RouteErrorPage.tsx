import { Alert, Button, Center, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { isDatabaseUnavailable } from '../api/api-error';
import { DatabaseRetrying } from '../components/DatabaseRetrying';

/** Shown instead of a blank page when rendering a route throws. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isDatabaseUnavailable(error)) {
    return (
      <Center h="100dvh" p="md">
        <Stack maw={480}>
          <DatabaseRetrying onRetry={() => window.location.reload()} />
        </Stack>
      </Center>
    );
  }
  return (
    <Center h="100dvh" p="md">
      <Stack maw={480}>
        <Alert color="red" title={t('errors.unexpected')}>
          {t('errors.generic')}
        </Alert>
        <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
      </Stack>
    </Center>
  );
}
