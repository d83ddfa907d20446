import { EmptyState, List, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { DistributionTable, StageLegend } from './DistributionTable';
import { useTrainingDistribution } from './use-training-distribution';

/** How far people got in the training, per department. */
export function DistributionSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const distribution = useTrainingDistribution();

  return (
    <Stack component="section" aria-labelledby={headingId}>
      <Title order={2} id={headingId}>
        {t('compliance.training.title')}
      </Title>
      {distribution.isPending ? (
        <PageLoader label={t('compliance.training.loading')} />
      ) : distribution.isError ? (
        <QueryError
          title={t('compliance.training.loadFailed')}
          error={distribution.error}
          onRetry={() => void distribution.refetch()}
        />
      ) : distribution.data.length === 0 ? (
        <EmptyState title={t('compliance.noPeople')} />
      ) : (
        <>
          <DistributionTable rows={distribution.data} />
          <StageLegend />
          <List size="sm" c="dimmed" spacing={4}>
            <List.Item>{t('compliance.help.people')}</List.Item>
            <List.Item>{t('compliance.help.stages')}</List.Item>
            <List.Item>{t('compliance.help.notStarted')}</List.Item>
          </List>
        </>
      )}
    </Stack>
  );
}
