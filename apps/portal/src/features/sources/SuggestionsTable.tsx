import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../components/FormattedDate';
import type { SourceEntry } from './use-source-entries';

interface SuggestionsTableProps {
  entries: readonly SourceEntry[];
  busy: boolean;
  /** The name of a suggestion's feed. */
  feedName: (entry: SourceEntry) => string;
  /** The suggestion being dismissed, if any. */
  dismissingId: string | null;
  onPromote: (entry: SourceEntry) => void;
  onDismiss: (entry: SourceEntry) => void;
}

const titleId = (entry: SourceEntry) => `suggestion-${entry.id}`;

/** New links from the feeds; each can be promoted to a draft or dismissed. */
export function SuggestionsTable({
  entries,
  busy,
  feedName,
  dismissingId,
  onPromote,
  onDismiss,
}: SuggestionsTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table
        striped
        highlightOnHover
        aria-label={t('sources.inbox.title')}
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1 }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('sources.inbox.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('sources.inbox.columns.feed')}</Table.Th>
            <Table.Th scope="col">{t('sources.inbox.columns.published')}</Table.Th>
            <Table.Th scope="col">{t('sources.inbox.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
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
              </Table.Td>
              <Table.Td>{feedName(entry)}</Table.Td>
              <Table.Td>
                {entry.publishedAt === null ? (
                  <Text span size="sm" c="dimmed">
                    {t('sources.inbox.noDate')}
                  </Text>
                ) : (
                  <FormattedDate value={entry.publishedAt} />
                )}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    aria-describedby={titleId(entry)}
                    onClick={() => onPromote(entry)}
                  >
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
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
