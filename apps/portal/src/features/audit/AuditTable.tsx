import { Anchor, Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormattedDate } from '../../components/FormattedDate';
import { currentLanguage } from '../../i18n';
import { describeSummary } from './audit-summary';
import type { AuditEntry } from './use-audit';

interface AuditTableProps {
  entries: AuditEntry[];
  busy: boolean;
  /** Narrows the log to what one person did. */
  onActorSelect: (actorId: string) => void;
}

export function AuditTable({ entries, busy, onActorSelect }: AuditTableProps) {
  const { t, i18n } = useTranslation();
  const reader = { t, language: currentLanguage(i18n) };
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table
        striped
        aria-label={t('audit.title')}
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1 }}
        verticalSpacing="xs"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.columns.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.target')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.changes')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.requestId')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <FormattedDate value={entry.at} withTime />
              </Table.Td>
              <Table.Td>
                {entry.actorLabel == null ? (
                  <Text span c="dimmed" size="sm">
                    {t('audit.system')}
                  </Text>
                ) : entry.actorId ? (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    aria-label={t('audit.filters.byActor', { name: entry.actorLabel })}
                    onClick={() => onActorSelect(entry.actorId ?? '')}
                  >
                    {entry.actorLabel}
                  </Anchor>
                ) : (
                  entry.actorLabel
                )}
              </Table.Td>
              <Table.Td>{t(`audit.actions.${entry.action}`)}</Table.Td>
              <Table.Td>
                <Target entry={entry} />
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  {describeSummary(entry.summary, reader).map((line) => (
                    <Text key={line} size="sm">
                      {line}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td>{entry.requestId && <Code>{entry.requestId}</Code>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The target by name; a person links to their page. */
function Target({ entry }: { entry: AuditEntry }) {
  const label = entry.targetLabel ?? entry.targetId;
  if (!label) return null;
  if (entry.targetType === 'person' && entry.targetId) {
    return (
      <Anchor component={Link} to={`/people/${entry.targetId}`} size="sm">
        {label}
      </Anchor>
    );
  }
  return <>{label}</>;
}
