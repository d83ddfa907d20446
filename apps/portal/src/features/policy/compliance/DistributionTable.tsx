import { ColorSwatch, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { distributionTotals, type DistributionCounts } from './compliance-figures';
import type { DistributionRow } from '../api/training-distribution-queries';
import { STAGE_COLORS } from '../../../lib/stage-colors';

/** A bar split by stage; only a picture of the counts beside it, so hidden from screen readers. */
function StageBar({ counts }: { counts: DistributionCounts }) {
  return (
    <Progress.Root size="md" aria-hidden="true" mt={4}>
      {counts.byStage.map((count, stage) =>
        count > 0 && counts.people > 0 ? (
          <Progress.Section
            key={stage}
            value={(count / counts.people) * 100}
            color={STAGE_COLORS[stage]}
            withAria={false}
          />
        ) : null,
      )}
    </Progress.Root>
  );
}

/** Active people per department by the highest training stage they passed, with a totals row. */
export function DistributionTable({ rows }: { rows: DistributionRow[] }) {
  const { t } = useTranslation();
  const totals = distributionTotals(rows);

  const row = (key: string, name: string, counts: DistributionCounts) => (
    <Table.Tr key={key}>
      <Table.Th scope="row" fw={key === 'total' ? 600 : 400}>
        <Stack gap={0} miw={160}>
          <Text inherit>{name}</Text>
          <StageBar counts={counts} />
        </Stack>
      </Table.Th>
      <Table.Td>{counts.people}</Table.Td>
      {counts.byStage.map((count, stage) => (
        <Table.Td key={stage}>{count}</Table.Td>
      ))}
    </Table.Tr>
  );

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={t('compliance.training.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('compliance.columns.department')}</Table.Th>
            <Table.Th scope="col">{t('compliance.columns.people')}</Table.Th>
            <Table.Th scope="col">{t('compliance.training.columns.notStarted')}</Table.Th>
            <Table.Th scope="col">{t('compliance.training.columns.stage', { stage: 1 })}</Table.Th>
            <Table.Th scope="col">{t('compliance.training.columns.stage', { stage: 2 })}</Table.Th>
            <Table.Th scope="col">{t('compliance.training.columns.stage', { stage: 3 })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((each) =>
            row(each.departmentId ?? 'none', each.department ?? t('compliance.noDepartment'), each),
          )}
        </Table.Tbody>
        <Table.Tfoot>{row('total', t('compliance.total'), totals)}</Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What the bar's colours stand for. */
export function StageLegend() {
  const { t } = useTranslation();
  const names = [
    t('compliance.training.columns.notStarted'),
    ...[1, 2, 3].map((stage) => t('compliance.training.columns.stage', { stage })),
  ];
  return (
    <Group gap="md" aria-hidden="true">
      {names.map((name, stage) => (
        <Group key={stage} gap={6}>
          <ColorSwatch
            color={`var(--mantine-color-${STAGE_COLORS[stage].replace('.', '-')})`}
            size={12}
            withShadow={false}
          />
          <Text size="xs" c="dimmed">
            {name}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
