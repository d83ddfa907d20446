import type { GroupKind } from '@chorus/core';
import { Button, EmptyState, Group as Row, Paper, Stack, Table, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { AddGroupForm } from './AddGroupForm';
import { DeleteGroupModal } from './DeleteGroupModal';
import { RenameGroupModal } from './RenameGroupModal';
import type { Group } from './api/group-queries';
import { useGroups } from './use-groups';

type Editing = { mode: 'rename' | 'delete'; group: Group } | null;

/** One kind of group: its table, a form to add one, and rename and delete for each. */
export function GroupSection({ kind }: { kind: GroupKind }) {
  const { t } = useTranslation();
  const headingId = useId();
  const groups = useGroups(kind);
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={headingId}>
      <Stack>
        <Title order={2} size="h3" id={headingId}>
          {t(`groups.sections.${kind}`)}
        </Title>
        <AddGroupForm kind={kind} />
        {groups.isPending ? (
          <PageLoader label={t('groups.loading')} />
        ) : groups.isError ? (
          <QueryError
            title={t('groups.loadFailed')}
            error={groups.error}
            onRetry={() => void groups.refetch()}
          />
        ) : groups.data.length === 0 ? (
          <EmptyState title={t(`groups.empty.${kind}`)} />
        ) : (
          <Table striped highlightOnHover aria-label={t(`groups.sections.${kind}`)}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('groups.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('groups.columns.members')}</Table.Th>
                <Table.Th scope="col">{t('groups.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.data.map((group) => (
                <Table.Tr key={group.id}>
                  <Table.Td>{group.name}</Table.Td>
                  <Table.Td>{group.memberCount}</Table.Td>
                  <Table.Td>
                    <Row gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('groups.renameLabel', { name: group.name })}
                        onClick={() => setEditing({ mode: 'rename', group })}
                      >
                        {t('groups.rename')}
                      </Button>
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        aria-label={t('groups.deleteLabel', { name: group.name })}
                        onClick={() => setEditing({ mode: 'delete', group })}
                      >
                        {t('groups.delete')}
                      </Button>
                    </Row>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {editing?.mode === 'rename' && (
        <RenameGroupModal kind={kind} group={editing.group} onClose={close} />
      )}
      {editing?.mode === 'delete' && (
        <DeleteGroupModal kind={kind} group={editing.group} onClose={close} />
      )}
    </Paper>
  );
}
