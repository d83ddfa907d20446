import { Stack, Text, Title } from '@mantine/core';
import { LEADERBOARD_SIZE } from '@chorus/core';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable, type DataColumn } from '../../components/ResponsiveTable';
import { useFigureFormat } from '../../lib/use-figure-format';
import type { LeaderboardEntry } from './api/leaderboard-queries';

/** The people who chose to be shown, most points first (equal points share a rank). */
export function PeopleTable({ entries }: { entries: readonly LeaderboardEntry[] }) {
  const { t } = useTranslation();
  const { count } = useFigureFormat();
  const title = t('leaderboards.people.title');
  const columns: DataColumn<LeaderboardEntry>[] = [
    {
      key: 'rank',
      label: t('leaderboards.columns.rank'),
      cell: (row) => count(row.rank),
      numeric: true,
    },
    { key: 'name', label: t('leaderboards.columns.name'), cell: (row) => row.name, phone: 'title' },
    {
      key: 'department',
      label: t('leaderboards.columns.department'),
      cell: (row) => row.department ?? t('leaderboards.people.noDepartment'),
    },
    {
      key: 'points',
      label: t('leaderboards.columns.points'),
      cell: (row) => count(row.points),
      numeric: true,
    },
  ];
  return (
    <Stack component="section" gap="xs" aria-label={title}>
      <Title order={2} size="h3">
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {t('leaderboards.people.help', { size: LEADERBOARD_SIZE })}
      </Text>
      {entries.length === 0 ? (
        <Text c="dimmed">{t('leaderboards.people.empty')}</Text>
      ) : (
        <ResponsiveTable
          label={title}
          rows={entries}
          rowKey={(row) => row.userId}
          columns={columns}
          minWidth={480}
        />
      )}
    </Stack>
  );
}
