import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { useBrowserOnline, useSavedCopiesShown } from '../../lib/offline-status';

/**
 * Above every page while the portal is offline, or shows saved copies because Chorus could not
 * be reached: says so, and from when what the page shows is.
 */
export function OfflineBanner() {
  const { t, i18n } = useTranslation();
  const online = useBrowserOnline();
  const savedAt = useSavedCopiesShown();
  if (online && savedAt === null) return null;
  const moment =
    savedAt === null
      ? null
      : new Intl.DateTimeFormat(currentLanguage(i18n), {
          dateStyle: 'medium',
          timeStyle: 'short',
        }).format(new Date(savedAt));
  return (
    <Alert color="gray" mb="md" title={t(online ? 'offline.unreachable' : 'offline.title')}>
      {moment !== null && <Text size="sm">{t('offline.savedAt', { moment })}</Text>}
      <Text size="sm">{t('offline.needsConnection')}</Text>
    </Alert>
  );
}
