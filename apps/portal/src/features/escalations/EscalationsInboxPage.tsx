import { EmptyState, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { Pager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { useLastPageFallback } from '../../components/use-last-page-fallback';
import {
  fromInbox,
  inboxQuery,
  readInboxFilters,
  writeInboxFilters,
  type InboxFilters,
} from './inbox-filters';
import { InboxStatusTabs } from './InboxStatusTabs';
import { InboxTable } from './InboxTable';
import { useEscalations } from './use-escalations';

export const INBOX_PAGE_SIZE = 25;

/** The social media team's inbox of reported comments: a tab per status, kept in the address. */
export function EscalationsInboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readInboxFilters(params);
  const escalations = useEscalations(inboxQuery(filters, INBOX_PAGE_SIZE));
  const update = (change: Partial<InboxFilters>, options?: { replace?: boolean }) =>
    setParams((current) => writeInboxFilters(current, change), options);
  const pastTheEnd = useLastPageFallback(
    escalations.isPlaceholderData ? undefined : escalations.data,
    (page) => update({ page }, { replace: true }),
  );
  const search = params.toString();
  const backState = fromInbox(search === '' ? '' : `?${search}`);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('escalations.inbox.title')}</Title>
          <Text c="dimmed">{t('escalations.inbox.intro')}</Text>
        </div>
        <Switch
          label={t('escalations.inbox.mine')}
          checked={filters.mine}
          onChange={(event) => update({ mine: event.currentTarget.checked })}
        />
      </Group>
      <InboxStatusTabs
        value={filters.status}
        counts={escalations.data?.counts}
        onChange={(status) => update({ status })}
      >
        {escalations.isPending || pastTheEnd ? (
          <PageLoader label={t('escalations.inbox.loading')} />
        ) : escalations.isError ? (
          <QueryError
            title={t('escalations.inbox.loadFailed')}
            error={escalations.error}
            onRetry={() => void escalations.refetch()}
          />
        ) : escalations.data.items.length === 0 ? (
          <EmptyState title={t('escalations.inbox.empty')} />
        ) : (
          <Stack>
            <InboxTable
              items={escalations.data.items}
              busy={escalations.isFetching}
              linkState={backState}
            />
            <Pager
              page={escalations.data.page}
              pageSize={escalations.data.pageSize}
              total={escalations.data.total}
              shown={escalations.data.items.length}
              onPageChange={(page) => update({ page })}
            />
          </Stack>
        )}
      </InboxStatusTabs>
    </Stack>
  );
}
