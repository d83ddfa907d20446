import { Anchor, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../components/FormattedDate';
import { ResponsiveTable, type DataColumn } from '../../components/ResponsiveTable';
import type { SourceEntry } from './api/source-queries';

interface SuggestionsTableProps {
  entries: readonly SourceEntry[];
  busy: boolean;
  /** The name of a feed's suggestion's feed. */
  feedName: (entry: SourceEntry) => string;
  /** The suggestion being dismissed, if any. */
  dismissingId: string | null;
  onPromote: (entry: SourceEntry) => void;
  onDismiss: (entry: SourceEntry) => void;
}

const titleId = (entry: SourceEntry) => `suggestion-${entry.id}`;

/**
 * New links from the feeds and pages people suggested, with who and why (cards on a phone);
 * each can be promoted to a draft or dismissed.
 */
export function SuggestionsTable({
  entries,
  busy,
  feedName,
  dismissingId,
  onPromote,
  onDismiss,
}: SuggestionsTableProps) {
  const { t } = useTranslation();
  const columns: DataColumn<SourceEntry>[] = [
    {
      key: 'title',
      label: t('sources.inbox.columns.title'),
      phone: 'title',
      cell: (entry) => (
        <>
          <Anchor
            id={titleId(entry)}
            href={entry.url}
            target="_blank"
            rel="noopener noreferrer"
            fw={500}
            style={{ overflowWrap: 'anywhere' }}
          >
            {entry.title}
          </Anchor>
          {entry.note !== null && (
            <Text size="sm" c="dimmed" fs="italic" style={{ overflowWrap: 'anywhere' }}>
              {t('sources.inbox.note', { note: entry.note })}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'from',
      label: t('sources.inbox.columns.from'),
      cell: (entry) =>
        entry.sourceId !== null
          ? feedName(entry)
          : entry.suggestedBy !== null
            ? t('sources.inbox.suggestedBy', { name: entry.suggestedBy.name })
            : t('sources.inbox.formerColleague'),
    },
    {
      key: 'published',
      label: t('sources.inbox.columns.published'),
      cell: (entry) =>
        entry.publishedAt === null ? (
          <Text span size="sm" c="dimmed">
            {t('sources.inbox.noDate')}
          </Text>
        ) : (
          <FormattedDate value={entry.publishedAt} />
        ),
    },
    {
      key: 'actions',
      label: t('sources.inbox.columns.actions'),
      phone: 'actions',
      cell: (entry) => (
        <>
          <Button size="xs" aria-describedby={titleId(entry)} onClick={() => onPromote(entry)}>
            {t('sources.inbox.promote')}
          </Button>
          <Button
            size="xs"
            variant="default"
            aria-describedby={titleId(entry)}
            loading={dismissingId === entry.id}
            onClick={() => onDismiss(entry)}
          >
            {t('sources.inbox.dismiss')}
          </Button>
        </>
      ),
    },
  ];
  return (
    <ResponsiveTable
      label={t('sources.inbox.title')}
      rows={entries}
      rowKey={(entry) => entry.id}
      columns={columns}
      minWidth={760}
      busy={busy}
      striped
      highlightOnHover
    />
  );
}
