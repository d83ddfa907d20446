import { Button, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { Pager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { useLastPageFallback } from '../../components/use-last-page-fallback';
import { useCurrentUser } from '../../lib/current-user';
import { AddContentModal } from './AddContentModal';
import {
  contentQuery,
  fromContent,
  readContentFilters,
  writeContentFilters,
  type ContentFilters,
} from './content-filters';
import { ContentFiltersBar } from './ContentFiltersBar';
import { ContentTable } from './ContentTable';
import { StatusTabs } from './StatusTabs';
import { useContentList } from './use-content-list';

export const CONTENT_PAGE_SIZE = 25;

/** The curators' queue: a tab per status, search and filters, all kept in the address. */
export function ContentQueuePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filters = readContentFilters(params);
  const [adding, add] = useDisclosure(false);
  const content = useContentList(contentQuery(filters, user.id, CONTENT_PAGE_SIZE));
  const update = (change: Partial<ContentFilters>, options?: { replace?: boolean }) =>
    setParams((current) => writeContentFilters(current, change), options);
  const pastTheEnd = useLastPageFallback(
    content.isPlaceholderData ? undefined : content.data,
    (page) => update({ page }, { replace: true }),
  );
  const search = params.toString();
  const backState = fromContent(search === '' ? '' : `?${search}`);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('content.title')}</Title>
          <Text c="dimmed">{t('content.intro')}</Text>
        </div>
        <Button onClick={add.open}>{t('content.add.open')}</Button>
      </Group>
      <ContentFiltersBar value={filters} onChange={update} />
      <StatusTabs
        value={filters.status}
        counts={content.data?.counts}
        onChange={(status) => update({ status })}
      >
        {content.isPending || pastTheEnd ? (
          <PageLoader label={t('content.loading')} />
        ) : content.isError ? (
          <QueryError
            title={t('content.loadFailed')}
            error={content.error}
            onRetry={() => void content.refetch()}
          />
        ) : content.data.items.length === 0 ? (
          <EmptyState title={t('content.empty')} />
        ) : (
          <Stack>
            <ContentTable
              items={content.data.items}
              busy={content.isFetching}
              linkState={backState}
            />
            <Pager
              page={content.data.page}
              pageSize={content.data.pageSize}
              total={content.data.total}
              shown={content.data.items.length}
              onPageChange={(page) => update({ page })}
            />
          </Stack>
        )}
      </StatusTabs>
      {adding && <AddContentModal onClose={add.close} />}
    </Stack>
  );
}
