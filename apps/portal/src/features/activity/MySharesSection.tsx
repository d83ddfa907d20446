import { Anchor, EmptyState, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { Pager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { useLastPageFallback } from '../../components/use-last-page-fallback';
import { MySharesTable } from './MySharesTable';
import { useMyShares } from './use-my-shares';

export const ACTIVITY_PAGE_SIZE = 25;

/** Every share I made, newest first, whatever the period, with what each link counted. */
export function MySharesSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const [page, setPage] = useState(1);
  const shares = useMyShares(page, ACTIVITY_PAGE_SIZE);
  const pastTheEnd = useLastPageFallback(
    shares.isPlaceholderData ? undefined : shares.data,
    setPage,
  );

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <div>
        <Title order={2} size="h3" id={headingId}>
          {t('activity.table.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('activity.table.intro')}
        </Text>
      </div>
      {shares.isPending || pastTheEnd ? (
        <PageLoader label={t('activity.loading')} />
      ) : shares.isError ? (
        <QueryError
          title={t('activity.loadFailed')}
          error={shares.error}
          onRetry={() => void shares.refetch()}
        />
      ) : shares.data.items.length === 0 ? (
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
    </Stack>
  );
}
