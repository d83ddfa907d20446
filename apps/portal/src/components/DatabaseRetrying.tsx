import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { useIsFetching, useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isDatabaseUnavailable } from '../api/api-error';

/**
 * Shown while the API cannot reach its database; the queries behind it retry by themselves, and
 * "Try now" asks at once (or calls `onRetry`, where there is no query to ask again).
 */
export function DatabaseRetrying({ onRetry }: { onRetry?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const retry = onRetry ?? (() => void retryNow(queryClient));
  return (
    <Alert
      color="yellow"
      title={t('errors.databaseRetrying.title')}
      icon={<Loader size="xs" color="yellow" />}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('errors.databaseRetrying.text')}</Text>
        <Button size="xs" variant="light" onClick={retry}>
          {t('errors.databaseRetrying.retryNow')}
        </Button>
      </Stack>
    </Alert>
  );
}

const waitingForDatabase = (query: Query) => isDatabaseUnavailable(query.state.fetchFailureReason);

/**
 * Asks again at once for every query waiting for the database. A refetch alone would wait for
 * the retry already scheduled, so each is cancelled first.
 */
async function retryNow(queryClient: QueryClient): Promise<void> {
  const keys = queryClient
    .getQueryCache()
    .findAll({ predicate: waitingForDatabase })
    .map((query) => query.queryKey);
  await Promise.all(keys.map((queryKey) => queryClient.cancelQueries({ queryKey, exact: true })));
  await Promise.all(keys.map((queryKey) => queryClient.refetchQueries({ queryKey, exact: true })));
}

/** Above a page while any of its queries is retrying because the database cannot be reached. */
export function DatabaseRetryingBanner() {
  const retrying = useIsFetching({ predicate: waitingForDatabase }) > 0;
  return retrying ? <DatabaseRetrying /> : null;
}
