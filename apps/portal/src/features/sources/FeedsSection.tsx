import { EmptyState, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { AddFeedForm } from './AddFeedForm';
import { EditFeedModal } from './EditFeedModal';
import { FeedRow } from './FeedRow';
import { RemoveFeedModal } from './RemoveFeedModal';
import { useFeedChecks, useInboxFollowsReads } from './use-feed-checks';
import { useSources, type Source } from './use-sources';

type Editing = { mode: 'edit' | 'remove'; source: Source } | null;

const COLUMNS = ['feed', 'url', 'topics', 'interval', 'health', 'newEntries', 'actions'] as const;

/** The feeds followed: their health, a form to add one, and check, edit and remove for each. */
export function FeedsSection({ onShowSuggestions }: { onShowSuggestions: (id: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const checks = useFeedChecks();
  const sources = useSources(checks.anyChecking);
  useInboxFollowsReads(sources.data);
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={headingId}>
      <Stack>
        <Title order={2} size="h3" id={headingId}>
          {t('sources.feeds.title')}
        </Title>
        <Text size="sm">{t('sources.feeds.intro')}</Text>
        <AddFeedForm onAdded={checks.watch} />
        {sources.isPending ? (
          <PageLoader label={t('sources.feeds.loading')} />
        ) : sources.isError ? (
          <QueryError
            title={t('sources.feeds.loadFailed')}
            error={sources.error}
            onRetry={() => void sources.refetch()}
          />
        ) : sources.data.length === 0 ? (
          <EmptyState title={t('sources.feeds.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={1100}>
            <Table striped highlightOnHover aria-label={t('sources.feeds.title')}>
              <Table.Thead>
                <Table.Tr>
                  {COLUMNS.map((column) => (
                    <Table.Th key={column} scope="col">
                      {t(`sources.feeds.columns.${column}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sources.data.map((source) => (
                  <FeedRow
                    key={source.id}
                    source={source}
                    checking={checks.isChecking(source)}
                    onCheckStarted={checks.watch}
                    onEdit={(picked) => setEditing({ mode: 'edit', source: picked })}
                    onRemove={(picked) => setEditing({ mode: 'remove', source: picked })}
                    onShowSuggestions={onShowSuggestions}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {editing?.mode === 'edit' && <EditFeedModal source={editing.source} onClose={close} />}
      {editing?.mode === 'remove' && <RemoveFeedModal source={editing.source} onClose={close} />}
    </Paper>
  );
}
