import type { Severity } from '@chorus/guardrails';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RestrictedTerm } from '../api/restricted-term-queries';

const SEVERITY_COLORS: Record<Severity, string> = { block: 'red', warn: 'yellow' };

interface TermsTableProps {
  terms: RestrictedTerm[];
  /** While other filters' terms load, the table shows the previous ones, dimmed. */
  busy: boolean;
  onEdit: (term: RestrictedTerm) => void;
  onDelete: (term: RestrictedTerm) => void;
}

export function TermsTable({ terms, busy, onEdit, onDelete }: TermsTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table
        striped
        highlightOnHover
        aria-label={t('restrictedTerms.title')}
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1 }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('restrictedTerms.columns.term')}</Table.Th>
            <Table.Th scope="col">{t('restrictedTerms.columns.category')}</Table.Th>
            <Table.Th scope="col">{t('restrictedTerms.columns.severity')}</Table.Th>
            <Table.Th scope="col">{t('restrictedTerms.columns.note')}</Table.Th>
            <Table.Th scope="col">{t('restrictedTerms.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {terms.map((term) => (
            <Table.Tr key={term.id}>
              <Table.Td>
                <Text fw={500}>{term.term}</Text>
              </Table.Td>
              <Table.Td>{t(`restrictedTerms.categories.${term.category}`)}</Table.Td>
              <Table.Td>
                <Badge color={SEVERITY_COLORS[term.severity]} variant="light">
                  {t(`restrictedTerms.severities.${term.severity}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {term.note ? (
                  <Text size="sm">{term.note}</Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('restrictedTerms.noNote')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('restrictedTerms.editLabel', { term: term.term })}
                    onClick={() => onEdit(term)}
                  >
                    {t('restrictedTerms.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    aria-label={t('restrictedTerms.deleteLabel', { term: term.term })}
                    onClick={() => onDelete(term)}
                  >
                    {t('restrictedTerms.delete')}
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
