import { Stack, Text, Title } from '@mantine/core';
import { MIN_DEPARTMENT_MEMBERS } from '@chorus/core';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable, type DataColumn } from '../../components/ResponsiveTable';
import { useFigureFormat } from '../../lib/use-figure-format';
import type { DepartmentStanding } from './api/leaderboard-queries';

/**
 * Departments by points per enrolled member, so that a small team can win: no department total,
 * which would favour the large ones, and nobody named.
 */
export function DepartmentsTable({ departments }: { departments: readonly DepartmentStanding[] }) {
  const { t } = useTranslation();
  const { count, ratio } = useFigureFormat();
  const title = t('leaderboards.departments.title');
  const columns: DataColumn<DepartmentStanding>[] = [
    {
      key: 'rank',
      label: t('leaderboards.columns.rank'),
      cell: (row) => count(row.rank),
      numeric: true,
    },
    {
      key: 'name',
      label: t('leaderboards.columns.department'),
      cell: (row) => row.name,
      phone: 'title',
    },
    {
      key: 'members',
      label: t('leaderboards.columns.members'),
      cell: (row) => count(row.members),
      numeric: true,
    },
    {
      key: 'perMember',
      label: t('leaderboards.columns.perMember'),
      cell: (row) => ratio(row.perMember),
      numeric: true,
    },
  ];
  return (
    <Stack component="section" gap="xs" aria-label={title}>
      <Title order={2} size="h3">
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {t('leaderboards.departments.help', { min: MIN_DEPARTMENT_MEMBERS })}
      </Text>
      {departments.length === 0 ? (
        <Text c="dimmed">
          {t('leaderboards.departments.empty', { min: MIN_DEPARTMENT_MEMBERS })}
        </Text>
      ) : (
        <ResponsiveTable
          label={title}
          rows={departments}
          rowKey={(row) => row.id}
          columns={columns}
          minWidth={560}
        />
      )}
    </Stack>
  );
}
