import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PeoplePage } from '../../api/client';
import { FormattedDate } from '../../components/FormattedDate';
import { Pager } from '../../components/Pager';
import { RoleBadges } from '../../components/RoleBadges';
import { StatusBadge } from '../../components/StatusBadge';
import type { FromPeopleState } from './people-filters';
import { SortableHeader } from './SortableHeader';
import {
  DEFAULT_PEOPLE_SORT,
  type PeopleSort,
  type PeopleSortColumn,
  type SortOrder,
} from './use-people';

interface PeopleTableProps {
  data: PeoplePage;
  busy: boolean;
  /** Null is the server's order: by name, ascending. */
  sort: PeopleSort | null;
  onSortChange: (sort: PeopleSort) => void;
  onPageChange: (page: number) => void;
  /** Passed to each person's page, so that it can lead back to the list as it is. */
  linkState: FromPeopleState;
}

export const personPath = (id: string) => `/people/${id}`;

export function PeopleTable({
  data,
  busy,
  sort,
  onSortChange,
  onPageChange,
  linkState,
}: PeopleTableProps) {
  const { t } = useTranslation();
  const current = sort ?? DEFAULT_PEOPLE_SORT;
  const orderOf = (column: PeopleSortColumn): SortOrder | null =>
    current.column === column ? current.order : null;
  const handleSort = (column: PeopleSortColumn) =>
    onSortChange({
      column,
      order: current.column === column && current.order === 'asc' ? 'desc' : 'asc',
    });
  const header = (column: PeopleSortColumn) => (
    <SortableHeader
      column={column}
      label={t(`people.columns.${column}`)}
      order={orderOf(column)}
      onSort={handleSort}
    />
  );

  return (
    <Stack>
      <Table.ScrollContainer minWidth={1040}>
        <Table
          striped
          highlightOnHover
          aria-label={t('people.title')}
          aria-busy={busy}
          style={{ opacity: busy ? 0.6 : 1 }}
        >
          <Table.Thead>
            <Table.Tr>
              {header('name')}
              {header('email')}
              <Table.Th scope="col">{t('people.columns.roles')}</Table.Th>
              {header('status')}
              {header('department')}
              {header('location')}
              {header('lastSignInAt')}
              {header('createdAt')}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((person) => (
              <Table.Tr key={person.id}>
                <Table.Td>
                  <Anchor component={Link} to={personPath(person.id)} state={linkState} fw={500}>
                    {person.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{person.email}</Table.Td>
                <Table.Td>
                  <RoleBadges roles={person.roles} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={person.status} />
                </Table.Td>
                <Table.Td>{person.department?.name}</Table.Td>
                <Table.Td>{person.location?.name}</Table.Td>
                <Table.Td>
                  {person.lastSignInAt ? (
                    <FormattedDate value={person.lastSignInAt} />
                  ) : (
                    <Text span c="dimmed" size="sm">
                      {t('people.never')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <FormattedDate value={person.createdAt} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager
        page={data.page}
        pageSize={data.pageSize}
        total={data.total}
        shown={data.items.length}
        onPageChange={onPageChange}
      />
    </Stack>
  );
}
