import { Alert, Button, Center, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown instead of a blank page when rendering a route throws. */
export function RouteErrorPage() {
  const { t } = useTranslation();
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
