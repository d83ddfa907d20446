import { Button, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { PolicyVersionModal } from './PolicyVersionModal';
import { PolicyVersionsTable } from './PolicyVersionsTable';
import { PublishPolicyModal } from './PublishPolicyModal';
import { usePolicyVersions } from './use-policy-versions';

type Open = { mode: 'publish' } | { mode: 'view'; version: number } | null;

/** The published versions of the social media policy, and the way to publish the next one. */
export function PolicyAdminPage() {
  const { t } = useTranslation();
  const versions = usePolicyVersions();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  // The list's own row, so that a translation added in the dialog shows there at once.
  const viewing =
    open?.mode === 'view'
      ? versions.data?.find((summary) => summary.version === open.version)
      : undefined;

  return (
    <Stack maw={1040}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('policyAdmin.title')}</Title>
        <Button onClick={() => setOpen({ mode: 'publish' })} disabled={!versions.isSuccess}>
          {t('policyAdmin.new')}
        </Button>
      </Group>
      <Text>{t('policyAdmin.intro')}</Text>
      {versions.isPending ? (
        <PageLoader label={t('policyAdmin.loading')} />
      ) : versions.isError ? (
        <QueryError
          title={t('policyAdmin.loadFailed')}
          error={versions.error}
          onRetry={() => void versions.refetch()}
        />
      ) : versions.data.length === 0 ? (
        <EmptyState title={t('policyAdmin.empty')} description={t('policyAdmin.emptyHint')} />
      ) : (
        <PolicyVersionsTable
          versions={versions.data}
          onView={(version) => setOpen({ mode: 'view', version: version.version })}
        />
      )}
      {open?.mode === 'publish' && versions.isSuccess && (
        <PublishPolicyModal latest={versions.data[0] ?? null} onClose={close} />
      )}
      {viewing && <PolicyVersionModal summary={viewing} onClose={close} />}
    </Stack>
  );
}
