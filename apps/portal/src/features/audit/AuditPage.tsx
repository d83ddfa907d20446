import { EmptyState, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { Pager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { useLastPageFallback } from '../../components/use-last-page-fallback';
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
  const pastTheEnd = useLastPageFallback(audit.isPlaceholderData ? undefined : audit.data, (page) =>
    update({ page }, { replace: true }),
  );

  return (
    <Stack>
      <Title order={1}>{t('audit.title')}</Title>
      <Text>{t('audit.intro')}</Text>
      <AuditFiltersBar value={filters} onChange={update} />
      {filters.targetId !== '' && <Text size="sm">{t('audit.filters.onlyTarget')}</Text>}
      {filters.actorId !== '' && <Text size="sm">{t('audit.filters.onlyActor')}</Text>}

      {audit.isPending || pastTheEnd ? (
        <PageLoader label={t('audit.loading')} />
      ) : audit.isError ? (
        <QueryError
          title={t('audit.loadFailed')}
          error={audit.error}
          onRetry={() => void audit.refetch()}
        />
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
