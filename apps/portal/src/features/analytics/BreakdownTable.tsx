import type { AnalyticsDimension } from '@chorus/core';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BreakdownRow, Figures } from './analytics-types';
import { breakdownLabel } from './breakdown-labels';
import { useFigureFormat } from '../../lib/use-figure-format';

/** The figures of every breakdown table, in the order of "Counting honestly". */
export const FIGURE_COLUMNS = [
  'shares',
  'verifiedShares',
  'clicks',
  'clicksPerShare',
  'uniqueVisitors',
  'declaredReach',
] as const satisfies readonly (keyof Figures)[];

/** One cell per figure of a row, right-aligned, in the reader's number format. */
export function FigureCells({ figures }: { figures: Figures }) {
  const format = useFigureFormat();
  return FIGURE_COLUMNS.map((column) => (
    <Table.Td key={column} ta="right">
      {column === 'clicksPerShare' ? format.ratio(figures[column]) : format.count(figures[column])}
    </Table.Td>
  ));
}

interface BreakdownTableProps {
  by: AnalyticsDimension;
  rows: readonly BreakdownRow[];
  /** With how many enrolled employees shared: a figure about people. */
  withSharingEnrolled: boolean;
  label: string;
}

/** A breakdown's rows with every figure, scrolling sideways on a narrow screen. */
export function BreakdownTable({ by, rows, withSharingEnrolled, label }: BreakdownTableProps) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  return (
    <Table.ScrollContainer minWidth={withSharingEnrolled ? 760 : 660}>
      <Table striped aria-label={label} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`analytics.breakdown.column.${by}`)}</Table.Th>
            {FIGURE_COLUMNS.map((column) => (
              <Table.Th key={column} scope="col" ta="right">
                {t(`analytics.columns.${column}`)}
              </Table.Th>
            ))}
            {withSharingEnrolled && (
              <Table.Th scope="col" ta="right">
                {t('analytics.columns.sharingEnrolled')}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key ?? 'none'}>
              <Table.Th scope="row" fw={400}>
                {breakdownLabel(by, row, t)}
              </Table.Th>
              <FigureCells figures={row} />
              {withSharingEnrolled && (
                <Table.Td ta="right">
                  {row.sharingEnrolled === null ? '' : format.count(row.sharingEnrolled)}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
