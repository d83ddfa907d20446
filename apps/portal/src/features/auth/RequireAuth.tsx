import { Alert, Button, Center, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { isDatabaseUnavailable } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import { DatabaseRetrying } from '../../components/DatabaseRetrying';
import { PageLoader } from '../../components/PageLoader';
import { CurrentUserContext } from '../../lib/current-user';
import { signInPathFor } from './next-path';
import { useMe } from '../../lib/use-me';

/** Renders its children for a signed-in user; sends anyone else to the sign-in page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();

  if (me.data) {
    return <CurrentUserContext value={me.data}>{children}</CurrentUserContext>;
  }
  if (me.data === null) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={signInPathFor(here)} replace />;
  }
  if (isDatabaseUnavailable(me.error ?? me.failureReason)) {
    return (
      <Center h="100dvh" p="md">
        <Stack maw={480}>
          <DatabaseRetrying />
        </Stack>
      </Center>
    );
  }
  // Offline, with no copy of who is signed in: nothing can be shown until the connection is back.
  if (me.fetchStatus === 'paused') {
    return (
      <Center h="100dvh" p="md">
        <Alert color="gray" title={t('offline.title')} maw={480}>
          {t('offline.opensWhenOnline')}
        </Alert>
      </Center>
    );
  }
  if (me.isError) {
    return (
      <Center h="100dvh" p="md">
        <Stack maw={480}>
          <Alert color="red" title={t('errors.unexpected')}>
            {describeError(me.error, t)}
          </Alert>
          <Button onClick={() => void me.refetch()}>{t('app.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  return <PageLoader fullScreen />;
}
