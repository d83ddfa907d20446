import { isPreferredLanguage } from '@chorus/core';
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { useCurrentUser } from '../../../lib/current-user';
import { PolicyEditor } from './PolicyEditor';
import { policyValues } from './policy-schema';
import { usePolicyVersion } from './use-policy-version';
import type { PolicyVersionSummary } from '../api/policy-version-queries';

interface PublishPolicyModalProps {
  /** The version in force; null while none is published. */
  latest: PolicyVersionSummary | null;
  onClose: () => void;
}

/**
 * The editor for the next version, starting from the main text of the version in force (the
 * first in my language).
 */
export function PublishPolicyModal({ latest, onClose }: PublishPolicyModalProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const current = usePolicyVersion(latest?.version ?? null, latest?.mainLanguage ?? null);
  const language = isPreferredLanguage(user.language) ? user.language : 'en';
  const nextVersion = (latest?.version ?? 0) + 1;

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('policyAdmin.editorTitle', { version: nextVersion })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {latest === null ? (
        <PolicyEditor
          initial={policyValues(null, language)}
          nextVersion={nextVersion}
          onClose={onClose}
        />
      ) : current.isPending ? (
        <PageLoader label={t('policyAdmin.loadingCurrent')} />
      ) : current.isError ? (
        <QueryError
          title={t('policyAdmin.currentFailed')}
          error={current.error}
          onRetry={() => void current.refetch()}
        />
      ) : (
        <PolicyEditor
          initial={policyValues(current.data, language)}
          nextVersion={nextVersion}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}
