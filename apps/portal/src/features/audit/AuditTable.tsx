import { Anchor, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormattedDate } from '../../components/FormattedDate';
import { ResponsiveTable, type DataColumn } from '../../components/ResponsiveTable';
import { currentLanguage } from '../../i18n';
import { labelInWords } from './audit-labels';
import { describeSummary } from './audit-summary';
import type { AuditEntry } from './api/audit-queries';

interface AuditTableProps {
  entries: AuditEntry[];
  busy: boolean;
  /** Narrows the log to what one person did. */
  onActorSelect: (actorId: string) => void;
}

export function AuditTable({ entries, busy, onActorSelect }: AuditTableProps) {
  const { t, i18n } = useTranslation();
  const reader = { t, language: currentLanguage(i18n) };
  const columns: DataColumn<AuditEntry>[] = [
    {
      key: 'at',
      label: t('audit.columns.at'),
      td: { style: { whiteSpace: 'nowrap' } },
      cell: (entry) => <FormattedDate value={entry.at} withTime />,
    },
    {
      key: 'actor',
      label: t('audit.columns.actor'),
      cell: (entry) => <Actor entry={entry} onActorSelect={onActorSelect} />,
    },
    {
      key: 'action',
      label: t('audit.columns.action'),
      phone: 'title',
      cell: (entry) => t(`audit.actions.${entry.action}`),
    },
    {
      key: 'target',
      label: t('audit.columns.target'),
      cell: (entry) => <Target entry={entry} />,
    },
    {
      key: 'changes',
      label: t('audit.columns.changes'),
      cell: (entry) => {
        const lines = describeSummary(entry.summary, reader);
        return (
          lines.length > 0 && (
            <Stack gap={0}>
              {lines.map((line) => (
                <Text key={line} size="sm">
                  {line}
                </Text>
              ))}
            </Stack>
          )
        );
      },
    },
    {
      key: 'requestId',
      label: t('audit.columns.requestId'),
      cell: (entry) => entry.requestId && <Code>{entry.requestId}</Code>,
    },
  ];
  return (
    <ResponsiveTable
      label={t('audit.title')}
      rows={entries}
      rowKey={(entry) => entry.id}
      columns={columns}
      minWidth={1000}
      busy={busy}
      striped
      verticalSpacing="xs"
    />
  );
}

/** Who did it; a person's name narrows the log to what they did. */
function Actor({
  entry,
  onActorSelect,
}: { entry: AuditEntry } & Pick<AuditTableProps, 'onActorSelect'>) {
  const { t } = useTranslation();
  if (entry.actorLabel == null) {
    return (
      <Text span c="dimmed" size="sm">
        {t('audit.system')}
      </Text>
    );
  }
  if (!entry.actorId) return <>{labelInWords(null, entry.actorLabel, { t })}</>;
  const actorId = entry.actorId;
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      aria-label={t('audit.filters.byActor', { name: entry.actorLabel })}
      onClick={() => onActorSelect(actorId)}
      style={{ overflowWrap: 'anywhere' }}
    >
      {entry.actorLabel}
    </Anchor>
  );
}

/** The target by name; a person links to their page. */
function Target({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const stored = entry.targetLabel ?? entry.targetId;
  if (!stored) return null;
  const label = labelInWords(entry.targetType, stored, { t });
  if (entry.targetType === 'person' && entry.targetId) {
    return (
      <Anchor component={Link} to={`/people/${entry.targetId}`} size="sm">
        {label}
      </Anchor>
    );
  }
  return <>{label}</>;
}
