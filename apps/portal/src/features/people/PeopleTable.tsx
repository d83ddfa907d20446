import { Anchor, NativeSelect, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PeoplePage } from '../../api/client';
import { FormattedDate } from '../../components/FormattedDate';
import { Pager } from '../../components/Pager';
import { ResponsiveTable, type DataColumn } from '../../components/ResponsiveTable';
import { RoleBadges } from '../../components/RoleBadges';
import { StatusBadge } from '../../components/StatusBadge';
import { usePhoneLayout } from '../../components/use-phone-layout';
import type { FromPeopleState } from './people-filters';
import { SortableHeader } from '../../components/SortableHeader';
import {
  DEFAULT_PEOPLE_SORT,
  type PeopleSort,
  type PeopleSortColumn,
  type SortOrder,
} from './api/people-queries';

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

type Person = PeoplePage['items'][number];

const SORTABLE: readonly PeopleSortColumn[] = [
  'name',
  'email',
  'status',
  'department',
  'location',
  'lastSignInAt',
  'createdAt',
];

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
  // The column headings sort the table; a phone shows cards, and a list to sort them by.
  const phone = usePhoneLayout();
  const current = sort ?? DEFAULT_PEOPLE_SORT;
  const orderOf = (column: PeopleSortColumn): SortOrder | null =>
    current.column === column ? current.order : null;
  const handleSort = (column: PeopleSortColumn) =>
    onSortChange({
      column,
      order: current.column === column && current.order === 'asc' ? 'desc' : 'asc',
    });
  const sortable = (
    column: PeopleSortColumn,
    cell: (person: Person) => ReactNode,
    phone?: 'title',
  ): DataColumn<Person> => {
    const label = t(`people.columns.${column}`);
    return {
      key: column,
      label,
      th: (
        <SortableHeader column={column} label={label} order={orderOf(column)} onSort={handleSort} />
      ),
      cell,
      phone,
    };
  };
  const date = (value: string | null | undefined) =>
    value ? (
      <FormattedDate value={value} />
    ) : (
      <Text span c="dimmed" size="sm">
        {t('people.never')}
      </Text>
    );

  const columns: DataColumn<Person>[] = [
    sortable(
      'name',
      (person) => (
        <Anchor component={Link} to={personPath(person.id)} state={linkState} fw={500}>
          {person.name}
        </Anchor>
      ),
      'title',
    ),
    sortable('email', (person) => person.email),
    {
      key: 'roles',
      label: t('people.columns.roles'),
      cell: (person) => <RoleBadges roles={person.roles} />,
    },
    sortable('status', (person) => <StatusBadge status={person.status} />),
    sortable('department', (person) => person.department?.name),
    sortable('location', (person) => person.location?.name),
    sortable('lastSignInAt', (person) => date(person.lastSignInAt)),
    sortable('createdAt', (person) => <FormattedDate value={person.createdAt} />),
  ];

  return (
    <Stack>
      {phone && (
        <NativeSelect
          label={t('people.sortBy')}
          value={`${current.column}:${current.order}`}
          data={SORTABLE.flatMap((column) =>
            (['asc', 'desc'] as const).map((order) => ({
              value: `${column}:${order}`,
              label: t(`people.sortOrder.${order}`, { column: t(`people.columns.${column}`) }),
            })),
          )}
          onChange={(event) => {
            const [column, order] = event.currentTarget.value.split(':') as [
              PeopleSortColumn,
              SortOrder,
            ];
            onSortChange({ column, order });
          }}
        />
      )}
      <ResponsiveTable
        label={t('people.title')}
        rows={data.items}
        rowKey={(person) => person.id}
        columns={columns}
        minWidth={1040}
        busy={busy}
        striped
        highlightOnHover
      />
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
