import { Alert, Button, EmptyState, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { CoverageTable } from './CoverageTable';
import { usePolicyCoverage } from './use-policy-coverage';

/** Where the acknowledgments are downloaded, for personnel files. */
export const ACKNOWLEDGMENTS_CSV_URL = '/api/policy/acknowledgments.csv';

/** Who is up to date with the policy, per department, and the signed records to download. */
export function CoverageSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const coverage = usePolicyCoverage();

  return (
    <Stack component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end">
        <Title order={2} id={headingId}>
          {t('compliance.coverage.title')}
        </Title>
        <Button component="a" href={ACKNOWLEDGMENTS_CSV_URL} download variant="light">
          {t('compliance.coverage.export')}
        </Button>
      </Group>
      {coverage.isPending ? (
        <PageLoader label={t('compliance.coverage.loading')} />
      ) : coverage.isError ? (
        <QueryError
          title={t('compliance.coverage.loadFailed')}
          error={coverage.error}
          onRetry={() => void coverage.refetch()}
        />
      ) : coverage.data.requiredVersion === 0 ? (
        // Nobody can be up to date with a policy that does not exist: no figures to show.
        <Alert color="yellow">{t('compliance.coverage.noPolicy')}</Alert>
      ) : coverage.data.departments.length === 0 ? (
        <EmptyState title={t('compliance.noPeople')} />
      ) : (
        <>
          <Text>
            {t('compliance.coverage.required', { version: coverage.data.requiredVersion })}
          </Text>
          <CoverageTable rows={coverage.data.departments} />
          <List size="sm" c="dimmed" spacing={4}>
            <List.Item>{t('compliance.help.people')}</List.Item>
            <List.Item>{t('compliance.help.enrolled')}</List.Item>
            <List.Item>{t('compliance.help.upToDate')}</List.Item>
            <List.Item>{t('compliance.help.upToDateAll')}</List.Item>
          </List>
        </>
      )}
    </Stack>
  );
}
