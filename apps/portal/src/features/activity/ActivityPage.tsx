import { Anchor, EmptyState, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { Pager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { useLastPageFallback } from '../../components/use-last-page-fallback';
import { ActivityTotals } from './ActivityTotals';
import { MySharesTable } from './MySharesTable';
import { useMyShares } from './use-my-shares';

export const ACTIVITY_PAGE_SIZE = 25;

/** What my shares brought in: my totals, each defined, and every share with its figures. */
export function ActivityPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const shares = useMyShares(page, ACTIVITY_PAGE_SIZE);
  const pastTheEnd = useLastPageFallback(
    shares.isPlaceholderData ? undefined : shares.data,
    setPage,
  );

  return (
    <Stack>
      <div>
        <Title order={1}>{t('activity.title')}</Title>
        <Text c="dimmed">{t('activity.intro')}</Text>
      </div>
      {shares.isPending || pastTheEnd ? (
        <PageLoader label={t('activity.loading')} />
      ) : shares.isError ? (
        <QueryError
          title={t('activity.loadFailed')}
          error={shares.error}
          onRetry={() => void shares.refetch()}
        />
      ) : (
        <>
          <ActivityTotals totals={shares.data.totals} />
          <Title order={2} size="h3">
            {t('activity.table.title')}
          </Title>
          {shares.data.items.length === 0 ? (
            <EmptyState
              title={t('activity.empty')}
              description={
                <Anchor component={Link} to="/">
                  {t('activity.emptyLink')}
                </Anchor>
              }
            />
          ) : (
            <>
              <MySharesTable shares={shares.data.items} />
              <Pager
                page={shares.data.page}
                pageSize={shares.data.pageSize}
                total={shares.data.total}
                shown={shares.data.items.length}
                onPageChange={setPage}
              />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
