import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A plain link that downloads the CSV of the figures beside it: the browser follows it with
 * the session cookie, and the API answers with the file.
 */
export function CsvLink({ href, what }: { href: string; what: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      href={href}
      download
      variant="light"
      size="xs"
      aria-label={t('analytics.csv.label', { what })}
    >
      {t('analytics.csv.download')}
    </Button>
  );
}
