import { Badge, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { sayServerMessage, serverMessageOf } from '../../../api/describe-error';
import type { ImportReport } from './use-import-people';

const FIELDS = ['email', 'name', 'department', 'location', 'language', 'roles'] as const;
type Field = (typeof FIELDS)[number];
const isField = (value: string): value is Field => (FIELDS as readonly string[]).includes(value);

const fieldLabel = (field: string, t: TFunction) =>
  isField(field) ? t(`peopleImport.fields.${field}`) : field;

const ACTION_COLORS = { create: 'green', update: 'blue', unchanged: 'gray' } as const;

export function ImportProblemsTable({ problems }: { problems: ImportReport['problems'] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped aria-label={t('peopleImport.problems.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('peopleImport.problems.line')}</Table.Th>
            <Table.Th scope="col">{t('peopleImport.problems.column')}</Table.Th>
            <Table.Th scope="col">{t('peopleImport.problems.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            <Table.Tr key={`${problem.line}-${problem.column ?? ''}-${index}`}>
              <Table.Td>{problem.line}</Table.Td>
              <Table.Td>
                {problem.column === null ? (
                  <Text span c="dimmed" size="sm">
                    {t('peopleImport.problems.wholeLine')}
                  </Text>
                ) : (
                  fieldLabel(problem.column, t)
                )}
              </Table.Td>
              <Table.Td>{sayServerMessage(t, serverMessageOf(problem), problem.message)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ImportChangesTable({ changes }: { changes: ImportReport['changes'] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={t('peopleImport.changes.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('peopleImport.changes.line')}</Table.Th>
            <Table.Th scope="col">{t('peopleImport.changes.email')}</Table.Th>
            <Table.Th scope="col">{t('peopleImport.changes.name')}</Table.Th>
            <Table.Th scope="col">{t('peopleImport.changes.action')}</Table.Th>
            <Table.Th scope="col">{t('peopleImport.changes.fields')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={`${change.line}-${change.email}`}>
              <Table.Td>{change.line}</Table.Td>
              <Table.Td>{change.email}</Table.Td>
              <Table.Td>{change.name}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={ACTION_COLORS[change.action]}>
                  {t(`peopleImport.actions.${change.action}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{change.fields.map((field) => fieldLabel(field, t)).join(', ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
