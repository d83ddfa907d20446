import { EmptyState, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { AddFeedForm } from './AddFeedForm';
import { EditFeedModal } from './EditFeedModal';
import { feedColumns } from './feed-columns';
import { RemoveFeedModal } from './RemoveFeedModal';
import { useFeedChecks, useInboxFollowsReads } from './use-feed-checks';
import { useSources } from './use-sources';
import type { Source } from './api/source-queries';

type Editing = { mode: 'edit' | 'remove'; source: Source } | null;

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
          <ResponsiveTable
            label={t('sources.feeds.title')}
            rows={sources.data}
            rowKey={(source) => source.id}
            columns={feedColumns(t, {
              isChecking: checks.isChecking,
              onCheckStarted: checks.watch,
              onEdit: (picked) => setEditing({ mode: 'edit', source: picked }),
              onRemove: (picked) => setEditing({ mode: 'remove', source: picked }),
              onShowSuggestions,
            })}
            minWidth={1100}
            striped
            highlightOnHover
          />
        )}
      </Stack>
      {editing?.mode === 'edit' && <EditFeedModal source={editing.source} onClose={close} />}
      {editing?.mode === 'remove' && <RemoveFeedModal source={editing.source} onClose={close} />}
    </Paper>
  );
}
