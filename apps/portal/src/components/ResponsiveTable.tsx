import {
  Box,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  type TableProps,
  type TableTdProps,
} from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { usePhoneLayout } from './use-phone-layout';

export interface DataColumn<Row> {
  key: string;
  /** The column's heading; on a phone, the name each value is shown under. */
  label: string;
  /** The heading cell itself, when it does more than name the column (a sort button). */
  th?: ReactNode;
  /** The row's value; on a phone, nothing (null, undefined, false or '') leaves the field out. */
  cell: (row: Row) => ReactNode;
  /** Figures: right-aligned in the table. */
  numeric?: boolean;
  /** Props of the column's table cells (width, wrapping). */
  td?: TableTdProps;
  /**
   * Its place on a phone: `title` names the row (shown first, as the card's heading), `actions`
   * are the row's buttons (at the card's foot, where they wrap). Other columns are listed in order.
   */
  phone?: 'title' | 'actions';
}

interface ResponsiveTableProps<Row> {
  /** The accessible name of the table, or of the list of cards. */
  label: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  columns: readonly DataColumn<Row>[];
  /** The width under which the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** Newer rows are loading: dimmed, and said so to assistive technology. */
  busy?: boolean;
  striped?: boolean;
  highlightOnHover?: boolean;
  verticalSpacing?: TableProps['verticalSpacing'];
}

/**
 * Rows as a table, or on a phone as a list of cards: each card leads with what names the row,
 * lists the other columns as label and value, and ends with the row's buttons, so nothing is cut
 * off on a narrow screen.
 */
export function ResponsiveTable<Row>(props: ResponsiveTableProps<Row>) {
  return usePhoneLayout() ? <RowCards {...props} /> : <RowTable {...props} />;
}

function RowTable<Row>({
  label,
  rows,
  rowKey,
  columns,
  minWidth,
  busy = false,
  striped = false,
  highlightOnHover = false,
  verticalSpacing,
}: ResponsiveTableProps<Row>) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table
        aria-label={label}
        aria-busy={busy}
        striped={striped}
        highlightOnHover={highlightOnHover}
        verticalSpacing={verticalSpacing}
        style={{ opacity: busy ? 0.6 : 1 }}
      >
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Fragment key={column.key}>
                {column.th ?? (
                  <Table.Th scope="col" ta={column.numeric ? 'right' : undefined}>
                    {column.label}
                  </Table.Th>
                )}
              </Fragment>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td key={column.key} ta={column.numeric ? 'right' : undefined} {...column.td}>
                  {column.phone === 'actions' ? (
                    <Group gap="xs" wrap="nowrap">
                      {column.cell(row)}
                    </Group>
                  ) : (
                    column.cell(row)
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RowCards<Row>({ label, rows, rowKey, columns, busy = false }: ResponsiveTableProps<Row>) {
  const title = columns.find((column) => column.phone === 'title');
  const actions = columns.filter((column) => column.phone === 'actions');
  const fields = columns.filter((column) => column.phone === undefined);
  return (
    <Stack
      component="ul"
      gap="sm"
      p={0}
      m={0}
      aria-label={label}
      aria-busy={busy}
      style={{ listStyle: 'none', opacity: busy ? 0.6 : 1 }}
    >
      {rows.map((row) => (
        <Paper key={rowKey(row)} component="li" withBorder p="sm">
          {title && (
            <Text component="div" fw={500} mb="xs" style={{ overflowWrap: 'anywhere' }}>
              {title.cell(row)}
            </Text>
          )}
          <Box
            component="dl"
            m={0}
            style={{
              display: 'grid',
              gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)',
              gap: 'var(--mantine-spacing-xs)',
            }}
          >
            {fields.map((column) => {
              const value = column.cell(row);
              // A card leaves out what a row does not have, where a table keeps the cell empty.
              if (value === null || value === undefined || value === false || value === '') {
                return null;
              }
              return (
                <Fragment key={column.key}>
                  <Text component="dt" size="sm" c="dimmed">
                    {column.label}
                  </Text>
                  <Box component="dd" m={0} fz="sm" style={{ overflowWrap: 'anywhere' }}>
                    {value}
                  </Box>
                </Fragment>
              );
            })}
          </Box>
          {actions.length > 0 && (
            <Group gap="xs" mt="sm">
              {actions.map((column) => (
                <Fragment key={column.key}>{column.cell(row)}</Fragment>
              ))}
            </Group>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
