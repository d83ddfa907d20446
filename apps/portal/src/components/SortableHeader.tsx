import { LineIcon } from './LineIcon';
import { Group, Table, UnstyledButton, type TableThProps } from '@mantine/core';
import type { Schemas } from '../api/client';

type SortOrder = Schemas['SortOrder'];

interface SortableHeaderProps<Column extends string> {
  column: Column;
  label: string;
  /** The order of this column when the table is sorted by it, otherwise null. */
  order: SortOrder | null;
  onSort: (column: Column) => void;
  /** Where the label sits: right for columns of figures. */
  ta?: TableThProps['ta'];
}

/** A column header that sorts by its column, and tells assistive technology how it is sorted. */
export function SortableHeader<Column extends string>({
  column,
  label,
  order,
  onSort,
  ta,
}: SortableHeaderProps<Column>) {
  return (
    <Table.Th
      scope="col"
      ta={ta}
      aria-sort={order === null ? 'none' : order === 'asc' ? 'ascending' : 'descending'}
    >
      <UnstyledButton onClick={() => onSort(column)} fw={700} fz="sm">
        <Group gap={4} wrap="nowrap">
          {label}
          <SortArrow order={order} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function SortArrow({ order }: { order: SortOrder | null }) {
  const path =
    order === 'asc'
      ? 'M4 10l4-4 4 4'
      : order === 'desc'
        ? 'M4 6l4 4 4-4'
        : 'M5 6l3-3 3 3M5 10l3 3 3-3';
  return <LineIcon path={path} style={{ opacity: order === null ? 0.4 : 1 }} />;
}
