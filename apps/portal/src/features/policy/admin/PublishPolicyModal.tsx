import { isPreferredLanguage } from '@chorus/core';
import { Modal } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { useCurrentUser } from '../../../lib/current-user';
import { PolicyEditor } from './PolicyEditor';
import { policyValues } from './policy-schema';
import { policyVersionQuery, type PolicyVersionSummary } from '../api/policy-version-queries';

interface PublishPolicyModalProps {
  /** The version in force; null while none is published. */
  latest: PolicyVersionSummary | null;
  onClose: () => void;
}

/**
 * The editor for the next version, starting from every text of the version in force (the first
 * in my language).
 */
export function PublishPolicyModal({ latest, onClose }: PublishPolicyModalProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const texts = useQueries({
    queries: (latest?.texts ?? []).map(({ language }) =>
      policyVersionQuery(latest?.version ?? null, language),
    ),
    combine: (results) => ({
      data: results.flatMap((result) => (result.data ? [result.data] : [])),
      pending: results.some((result) => result.isPending),
      error: results.find((result) => result.isError)?.error ?? null,
      retry: () => results.forEach((result) => void result.refetch()),
    }),
  });
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
          initial={policyValues([], language)}
          nextVersion={nextVersion}
          onClose={onClose}
        />
      ) : texts.pending ? (
        <PageLoader label={t('policyAdmin.loadingCurrent')} />
      ) : texts.error ? (
        <QueryError
          title={t('policyAdmin.currentFailed')}
          error={texts.error}
          onRetry={texts.retry}
        />
      ) : (
        <PolicyEditor
          initial={policyValues(texts.data, language)}
          nextVersion={nextVersion}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}
