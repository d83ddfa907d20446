import { EmptyState, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../../components/FormattedDate';
import { PageLoader } from '../../../components/PageLoader';
import { Pager } from '../../../components/Pager';
import { QueryError } from '../../../components/QueryError';
import { useLastPageFallback } from '../../../components/use-last-page-fallback';
import { EscalationStatusBadge } from '../EscalationStatusBadge';
import { useEscalations } from '../use-escalations';

export const MY_REPORTS_PAGE_SIZE = 10;

const COLUMNS = ['reported', 'network', 'excerpt', 'status'] as const;

interface MyReportsProps {
  page: number;
  onPageChange: (page: number, options?: { replace?: boolean }) => void;
}

/** The comments the signed-in person reported, and how far the team is with each. */
export function MyReports({ page, onPageChange }: MyReportsProps) {
  const { t } = useTranslation();
  const reports = useEscalations({
    scope: 'mine',
    status: null,
    assignedToMe: false,
    page,
    pageSize: MY_REPORTS_PAGE_SIZE,
  });
  const pastTheEnd = useLastPageFallback(
    reports.isPlaceholderData ? undefined : reports.data,
    (last) => onPageChange(last, { replace: true }),
  );

  return (
    <Stack>
      <Title order={2} size="h3">
        {t('reports.mine.title')}
      </Title>
      {reports.isPending || pastTheEnd ? (
        <PageLoader label={t('reports.mine.loading')} />
      ) : reports.isError ? (
        <QueryError
          title={t('reports.mine.loadFailed')}
          error={reports.error}
          onRetry={() => void reports.refetch()}
        />
      ) : reports.data.items.length === 0 ? (
        <EmptyState title={t('reports.mine.empty')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table
              striped
              verticalSpacing="sm"
              aria-label={t('reports.mine.title')}
              aria-busy={reports.isFetching}
            >
              <Table.Thead>
                <Table.Tr>
                  {COLUMNS.map((key) => (
                    <Table.Th key={key} scope="col">
                      {t(`reports.mine.columns.${key}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reports.data.items.map((report) => (
                  <Table.Tr key={report.id}>
                    <Table.Td>
                      <FormattedDate value={report.createdAt} />
                    </Table.Td>
                    <Table.Td>{t(`networks.${report.network}`)}</Table.Td>
                    <Table.Td maw={420}>
                      <Text size="sm" lineClamp={2} title={report.excerpt}>
                        {report.excerpt}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <EscalationStatusBadge status={report.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager
            page={reports.data.page}
            pageSize={reports.data.pageSize}
            total={reports.data.total}
            shown={reports.data.items.length}
            onPageChange={onPageChange}
          />
        </>
      )}
    </Stack>
  );
}
