import { LANGUAGE_NAMES } from '@chorus/core';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { coverageTotals, type CoverageCounts } from './compliance-figures';
import type { CoverageRow } from '../api/policy-coverage-queries';
import { UpToDateCell } from './UpToDateCell';

/** Acknowledgment coverage per department, with a totals row. */
export function CoverageTable({ rows }: { rows: CoverageRow[] }) {
  const { t } = useTranslation();
  const totals = coverageTotals(rows);

  const cells = (name: string, counts: CoverageCounts) => (
    <>
      <Table.Td>{counts.people}</Table.Td>
      <Table.Td>{counts.enrolled}</Table.Td>
      <Table.Td>
        <UpToDateCell
          count={counts.enrolledAcknowledged}
          of={counts.enrolled}
          barLabel={t('compliance.coverage.barLabel', { department: name })}
        />
      </Table.Td>
      <Table.Td>
        <UpToDateCell count={counts.acknowledged} of={counts.people} />
      </Table.Td>
      <Table.Td>
        {counts.languages
          .map(({ language, people }) => `${LANGUAGE_NAMES[language]} ${people}`)
          .join(', ')}
      </Table.Td>
    </>
  );

  return (
    <Table.ScrollContainer minWidth={840}>
      <Table striped aria-label={t('compliance.coverage.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('compliance.columns.department')}</Table.Th>
            <Table.Th scope="col">{t('compliance.columns.people')}</Table.Th>
            <Table.Th scope="col">{t('compliance.columns.enrolled')}</Table.Th>
            <Table.Th scope="col">{t('compliance.coverage.columns.upToDate')}</Table.Th>
            <Table.Th scope="col">{t('compliance.coverage.columns.upToDateAll')}</Table.Th>
            <Table.Th scope="col">{t('compliance.coverage.columns.languages')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const name = row.department ?? t('compliance.noDepartment');
            return (
              <Table.Tr key={row.departmentId ?? 'none'}>
                <Table.Th scope="row" fw={400}>
                  {name}
                </Table.Th>
                {cells(name, row)}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={600}>
            <Table.Th scope="row">{t('compliance.total')}</Table.Th>
            {cells(t('compliance.total'), totals)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
