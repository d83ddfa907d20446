import { Alert, Button, EmptyState, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { describeError } from '../../api/describe-error';
import { PageLoader } from '../../components/PageLoader';
import { Pager } from '../../components/Pager';
import { readAuditFilters, writeAuditFilters, type AuditFilters } from './audit-filters';
import { AuditFiltersBar } from './AuditFiltersBar';
import { AuditTable } from './AuditTable';
import { useAudit } from './use-audit';

export const AUDIT_PAGE_SIZE = 25;

/** The append-only record of who changed what; read-only. */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readAuditFilters(params);
  const audit = useAudit(filters, AUDIT_PAGE_SIZE);
  const update = (change: Partial<AuditFilters>, options?: { replace?: boolean }) =>
    setParams((current) => writeAuditFilters(current, change), options);

  return (
    <Stack>
      <Title order={1}>{t('audit.title')}</Title>
      <Text>{t('audit.intro')}</Text>
      <AuditFiltersBar value={filters} onChange={update} />
      {filters.targetId !== '' && <Text size="sm">{t('audit.filters.onlyTarget')}</Text>}
      {filters.actorId !== '' && <Text size="sm">{t('audit.filters.onlyActor')}</Text>}

      {audit.isPending ? (
        <PageLoader label={t('audit.loading')} />
      ) : audit.isError ? (
        <Stack align="flex-start">
          <Alert color="red" title={t('audit.loadFailed')} w="100%">
            {describeError(audit.error, t)}
          </Alert>
          <Button variant="light" onClick={() => void audit.refetch()}>
            {t('app.retry')}
          </Button>
        </Stack>
      ) : audit.data.items.length === 0 ? (
        <EmptyState title={t('audit.empty')} />
      ) : (
        <>
          <AuditTable
            entries={audit.data.items}
            busy={audit.isFetching}
            onActorSelect={(actorId) => update({ actorId })}
          />
          <Pager
            page={audit.data.page}
            pageSize={audit.data.pageSize}
            total={audit.data.total}
            shown={audit.data.items.length}
            onPageChange={(page) => update({ page })}
          />
        </>
      )}
    </Stack>
  );
}
