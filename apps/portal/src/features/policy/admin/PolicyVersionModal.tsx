import { Badge, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../../components/FormattedDate';
import { Markdown } from '../../../components/Markdown';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { usePolicyVersion } from './use-policy-version';
import type { PolicyVersionSummary } from '../api/policy-version-queries';

/** One version as it was published, for reading. */
export function PolicyVersionModal({
  summary,
  onClose,
}: {
  summary: PolicyVersionSummary;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const version = usePolicyVersion(summary.version);

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('policyAdmin.viewTitle', { version: summary.version, title: summary.title })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {version.isPending ? (
        <PageLoader label={t('policyAdmin.loadingVersion')} />
      ) : version.isError ? (
        <QueryError
          title={t('policyAdmin.versionFailed')}
          error={version.error}
          onRetry={() => void version.refetch()}
        />
      ) : (
        <Stack>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('policyAdmin.publishedOn')} <FormattedDate value={version.data.publishedAt} />
            </Text>
            {version.data.requiresAcknowledgment && (
              <Badge variant="light">{t('policyAdmin.acknowledgedAgain')}</Badge>
            )}
          </Group>
          {version.data.changeSummary && (
            <Text size="sm">
              <Text span fw={500}>
                {t('policyAdmin.whatChanged')}
              </Text>{' '}
              {version.data.changeSummary}
            </Text>
          )}
          <Markdown>{version.data.body}</Markdown>
        </Stack>
      )}
    </Modal>
  );
}
