import { EmptyState, Paper, Stack, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { FormattedDate } from '../../components/FormattedDate';
import { Markdown } from '../../components/Markdown';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { AcknowledgeForm } from './AcknowledgeForm';
import { PolicyStandingAlert } from './PolicyStandingAlert';
import { useCurrentPolicy } from './use-current-policy';
import type { CurrentPolicy } from './api/policy-queries';

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** The social media policy in force, and signing it with my full name. */
export function PolicyPage() {
  const { t } = useTranslation();
  const policy = useCurrentPolicy();

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
        <PolicyDocument policy={policy.data} />
      )}
    </Stack>
  );
}

function PolicyDocument({ policy }: { policy: CurrentPolicy }) {
  return (
    <>
      <PolicyStandingAlert policy={policy} />
      <Paper component="article" withBorder p="lg">
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
      {!policy.standing.upToDate && <AcknowledgeForm version={policy.version} />}
    </>
  );
}
