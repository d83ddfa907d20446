import type { PreferredLanguage } from '@chorus/core';
import { EmptyState, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { FormattedDate } from '../../components/FormattedDate';
import { Markdown } from '../../components/Markdown';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { AcknowledgeForm } from './AcknowledgeForm';
import { PolicyLanguageBar } from './PolicyLanguageBar';
import { PolicyStandingAlert } from './PolicyStandingAlert';
import { useCurrentPolicy } from './use-current-policy';
import type { CurrentPolicy } from './api/policy-queries';

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/**
 * The social media policy in force, in my language when it has a text in it (else its main
 * language, with a note), and signing the text I read with my full name.
 */
export function PolicyPage() {
  const { t } = useTranslation();
  /** The language picked to read in; null: mine. */
  const [language, setLanguage] = useState<PreferredLanguage | null>(null);
  const policy = useCurrentPolicy(language);

  return (
    <Stack maw={760}>
      <Title order={1}>{t('policy.title')}</Title>
      {policy.isPending ? (
        <PageLoader label={t('policy.loading')} />
      ) : policy.isError ? (
        isNotFound(policy.error) ? (
          <EmptyState title={t('policy.none')} description={t('policy.noneHint')} />
        ) : (
          <QueryError
            title={t('policy.loadFailed')}
            error={policy.error}
            onRetry={() => void policy.refetch()}
          />
        )
      ) : (
        <PolicyDocument policy={policy.data} onLanguage={setLanguage} />
      )}
    </Stack>
  );
}

function PolicyDocument({
  policy,
  onLanguage,
}: {
  policy: CurrentPolicy;
  onLanguage: (language: PreferredLanguage) => void;
}) {
  return (
    <>
      <PolicyStandingAlert policy={policy} />
      <PolicyLanguageBar policy={policy} onLanguage={onLanguage} />
      <Paper component="article" withBorder p="lg" lang={policy.language}>
        <Stack gap="xs">
          <Title order={2}>{policy.title}</Title>
          <Text size="sm" c="dimmed">
            <Trans
              i18nKey="policy.versionPublished"
              values={{ version: policy.version }}
              components={{ date: <FormattedDate value={policy.publishedAt} /> }}
            />
          </Text>
          <Markdown>{policy.body}</Markdown>
        </Stack>
      </Paper>
      {!policy.standing.upToDate && (
        <AcknowledgeForm version={policy.version} language={policy.language} />
      )}
    </>
  );
}
