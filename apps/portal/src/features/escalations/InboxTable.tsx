import { reportPagePath } from '@chorus/core';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormattedDate } from '../../components/FormattedDate';
import { EscalationStatusBadge } from './EscalationStatusBadge';
import type { FromInboxState } from './inbox-filters';
import type { Escalation } from './api/escalations-queries';

const COLUMNS = ['reported', 'reporter', 'network', 'excerpt', 'assignee', 'status'] as const;

interface InboxTableProps {
  items: readonly Escalation[];
  busy: boolean;
  /** Passed to each report's page, so that it can lead back to the inbox as it is. */
  linkState: FromInboxState;
}

/** The reported comments, each leading to its report by its excerpt. */
export function InboxTable({ items, busy, linkState }: InboxTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="sm"
        aria-label={t('escalations.inbox.table')}
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1 }}
      >
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((key) => (
              <Table.Th key={key} scope="col">
                {t(`escalations.columns.${key}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((escalation) => (
            <Table.Tr key={escalation.id}>
              <Table.Td>
                <FormattedDate value={escalation.createdAt} withTime />
              </Table.Td>
              <Table.Td>{escalation.reporter?.name ?? t('escalations.deletedAccount')}</Table.Td>
              <Table.Td>{t(`networks.${escalation.network}`)}</Table.Td>
              <Table.Td maw={360}>
                <Anchor
                  component={Link}
                  to={reportPagePath(escalation.id)}
                  state={linkState}
                  size="sm"
                  lineClamp={2}
                  title={escalation.excerpt}
                >
                  {escalation.excerpt}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {escalation.assignee?.name ?? (
                  <Text span size="sm" c="dimmed">
                    {t('escalations.unassigned')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <EscalationStatusBadge status={escalation.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
