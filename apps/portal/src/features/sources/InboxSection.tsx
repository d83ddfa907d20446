import { Alert, EmptyState, Group, Paper, Select, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { PageLoader } from '../../components/PageLoader';
import { Pager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { useLastPageFallback } from '../../components/use-last-page-fallback';
import { DismissModal } from './DismissModal';
import type { InboxFilters } from './inbox-filters';
import { PromoteModal } from './PromoteModal';
import { SuggestionsTable } from './SuggestionsTable';
import { useDismissEntry } from './use-dismiss-entry';
import { useSourceEntries } from './use-source-entries';
import type { SourceEntry } from './api/source-queries';
import { sourceName, useSources } from './use-sources';

export const SUGGESTIONS_PAGE_SIZE = 25;

/**
 * The filter's options for everything, for people's suggestions and for every feed's: real
 * options, so they can be chosen with the keyboard. The others are the feeds' ids.
 */
const EVERYONE = '__all__';
const PEOPLE = '__people__';
const ALL_FEEDS = '__feeds__';

/** The filter's value for the inbox's filters. */
function fromValue(filters: InboxFilters): string {
  if (filters.sourceId !== null) return filters.sourceId;
  return filters.origin === 'people' ? PEOPLE : filters.origin === 'feeds' ? ALL_FEEDS : EVERYONE;
}

/** The inbox's filters for the filter's value. */
function fromChoice(picked: string | null): Pick<InboxFilters, 'sourceId' | 'origin'> {
  if (picked === null || picked === EVERYONE) return { sourceId: null, origin: null };
  if (picked === PEOPLE) return { sourceId: null, origin: 'people' };
  if (picked === ALL_FEEDS) return { sourceId: null, origin: 'feeds' };
  return { sourceId: picked, origin: null };
}

interface InboxSectionProps {
  filters: InboxFilters;
  onChange: (change: Partial<InboxFilters>, options?: { replace?: boolean }) => void;
  ref?: Ref<HTMLElement>;
}

/** New suggestions from the feeds and from people, newest first, to promote or dismiss. */
export function InboxSection({ filters, onChange, ref }: InboxSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const sources = useSources();
  const entries = useSourceEntries({ ...filters, pageSize: SUGGESTIONS_PAGE_SIZE });
  const dismiss = useDismissEntry();
  const [promoting, setPromoting] = useState<SourceEntry | null>(null);
  const [declining, setDeclining] = useState<SourceEntry | null>(null);
  const pastTheEnd = useLastPageFallback(
    entries.isPlaceholderData ? undefined : entries.data,
    (page) => onChange({ page }, { replace: true }),
  );

  const feeds = sources.data ?? [];
  const feedName = (entry: SourceEntry) => {
    const feed = feeds.find((source) => source.id === entry.sourceId);
    return entry.sourceTitle ?? (feed ? sourceName(feed) : t('sources.inbox.unknownFeed'));
  };
  const feedOptions = feeds.map((source) => ({ value: source.id, label: sourceName(source) }));
  if (filters.sourceId !== null && !feeds.some((source) => source.id === filters.sourceId)) {
    feedOptions.push({ value: filters.sourceId, label: t('sources.inbox.unknownFeed') });
  }
  const emptyMessage =
    filters.origin === 'people'
      ? t('sources.inbox.emptyPeople')
      : sources.data?.length === 0
        ? t('sources.inbox.noFeeds')
        : filters.sourceId !== null
          ? t('sources.inbox.emptyFeed')
          : t('sources.inbox.empty');

  // A person's suggestion is dismissed with the reason they are told; a feed's at once.
  const handleDismiss = (entry: SourceEntry) =>
    entry.sourceId === null
      ? setDeclining(entry)
      : dismiss.mutate(
          { id: entry.id, reason: null },
          {
            onSuccess: () =>
              notifications.show({
                color: 'green',
                message: t('sources.inbox.dismissed', { title: entry.title }),
              }),
          },
        );

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={headingId} ref={ref}>
      <Stack>
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h3" id={headingId}>
            {t('sources.inbox.title')}
          </Title>
          <Select
            label={t('sources.inbox.from')}
            data={[
              { value: EVERYONE, label: t('sources.inbox.everyone') },
              { value: PEOPLE, label: t('sources.inbox.people') },
              { value: ALL_FEEDS, label: t('sources.inbox.allFeeds') },
              ...feedOptions,
            ]}
            value={fromValue(filters)}
            onChange={(picked) => onChange(fromChoice(picked))}
            allowDeselect={false}
            searchable
            w={{ base: '100%', sm: 280 }}
          />
        </Group>
        {dismiss.isError && (
          <Alert color="red" title={t('sources.inbox.dismissFailed')}>
            {describeError(dismiss.error, t)}
          </Alert>
        )}
        {entries.isPending || pastTheEnd ? (
          <PageLoader label={t('sources.inbox.loading')} />
        ) : entries.isError ? (
          <QueryError
            title={t('sources.inbox.loadFailed')}
            error={entries.error}
            onRetry={() => void entries.refetch()}
          />
        ) : entries.data.items.length === 0 ? (
          <EmptyState title={emptyMessage} />
        ) : (
          <>
            <SuggestionsTable
              entries={entries.data.items}
              busy={entries.isFetching}
              feedName={feedName}
              dismissingId={dismiss.isPending ? dismiss.variables.id : null}
              onPromote={setPromoting}
              onDismiss={handleDismiss}
            />
            <Pager
              page={entries.data.page}
              pageSize={entries.data.pageSize}
              total={entries.data.total}
              shown={entries.data.items.length}
              onPageChange={(page) => onChange({ page })}
            />
          </>
        )}
      </Stack>
      {promoting !== null && <PromoteModal entry={promoting} onClose={() => setPromoting(null)} />}
      {declining !== null && <DismissModal entry={declining} onClose={() => setDeclining(null)} />}
    </Paper>
  );
}
