import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isTransientError } from '../api/api-error';
import { describeError } from '../api/describe-error';

interface QueryErrorProps {
  /** What could not be loaded, e.g. "People could not be loaded". */
  title: string;
  error: unknown;
  /** Loads again; offered only when that may help (a server or network failure). */
  onRetry: () => void;
}

/** Why a page or section could not be loaded, with "Try again" when trying again may help. */
export function QueryError({ title, error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <Alert color="red" title={title} w="100%">
        {describeError(error, t)}
      </Alert>
      {isTransientError(error) && (
        <Button variant="light" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      )}
    </Stack>
  );
}
