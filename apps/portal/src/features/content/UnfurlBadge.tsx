import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContentSummary } from './use-content-list';

/** Whether Chorus is still reading the page, or could not; nothing once it has. */
export function UnfurlBadge({ state }: { state: ContentSummary['unfurlState'] }) {
  const { t } = useTranslation();
  if (state === 'pending') {
    return (
      <Text size="sm" c="blue">
        {t('content.unfurl.pending')}
      </Text>
    );
  }
  if (state === 'failed') {
    return (
      <Text size="sm" c="red" fw={600}>
        {t('content.unfurl.failed')}
      </Text>
    );
  }
  return null;
}
