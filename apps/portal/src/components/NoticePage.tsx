import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A page that only explains something (not found, not allowed) and offers the way home. */
export function NoticePage({
  color,
  title,
  message,
}: {
  color: string;
  title: string;
  message: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack maw={640}>
      <Alert color={color} title={title}>
        {message}
      </Alert>
      <Button component={Link} to="/" variant="light" w="fit-content">
        {t('access.backHome')}
      </Button>
    </Stack>
  );
}
