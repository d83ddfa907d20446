import { Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';
import type { ContentItem } from './use-content-item';
import { useUnfurlContent } from './use-unfurl-content';

/** Whether Chorus is reading the item's page, or why it could not, with a way to try again. */
export function UnfurlStatus({ item }: { item: ContentItem }) {
  const { t } = useTranslation();
  const unfurl = useUnfurlContent(item.id);

  if (item.unfurlState === 'pending') {
    return (
      <Alert color="blue" role="status" aria-live="polite">
        <Group gap="sm" wrap="nowrap">
          <Loader size="xs" />
          <Text size="sm">{t('contentItem.unfurl.pending')}</Text>
        </Group>
      </Alert>
    );
  }
  if (item.duplicateOfId) {
    return (
      <Alert color="orange" title={t('contentItem.unfurl.duplicateTitle')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{item.unfurlError}</Text>
          <Anchor component={Link} to={`/content/${item.duplicateOfId}`} size="sm" fw={500}>
            {t('content.add.openExisting')}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  if (item.unfurlState !== 'failed') return null;
  return (
    <Alert color="red" title={t('contentItem.unfurl.failedTitle')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{item.unfurlError ?? t('contentItem.unfurl.noReason')}</Text>
        <Text size="sm">{t('contentItem.unfurl.stillEditable')}</Text>
        {unfurl.isError && (
          <Text size="sm" c="red" role="alert">
            {describeError(unfurl.error, t)}
          </Text>
        )}
        {item.status !== 'archived' && (
          <Button
            size="xs"
            variant="white"
            color="red"
            onClick={() => unfurl.mutate()}
            loading={unfurl.isPending}
          >
            {t('contentItem.unfurl.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
