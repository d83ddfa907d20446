import { Badge, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeoplePage } from '../../api/client';
import { RoleBadges } from '../../components/RoleBadges';
import { currentLanguage } from '../../i18n';

interface PeopleTableProps {
  data: PeoplePage;
  busy: boolean;
  onPageChange: (page: number) => void;
}

export function PeopleTable({ data, busy, onPageChange }: PeopleTableProps) {
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(currentLanguage(i18n), { dateStyle: 'medium' });
  const totalPages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const from = (data.page - 1) * data.pageSize + 1;
  const to = from + data.items.length - 1;

  return (
    <Stack>
      <Table.ScrollContainer minWidth={760}>
        <Table
          striped
          highlightOnHover
          aria-label={t('people.title')}
          aria-busy={busy}
          style={{ opacity: busy ? 0.6 : 1 }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('people.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('people.columns.email')}</Table.Th>
              <Table.Th scope="col">{t('people.columns.roles')}</Table.Th>
              <Table.Th scope="col">{t('people.columns.status')}</Table.Th>
              <Table.Th scope="col">{t('people.columns.joined')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((person) => (
              <Table.Tr key={person.id}>
                <Table.Td>{person.name}</Table.Td>
                <Table.Td>{person.email}</Table.Td>
                <Table.Td>
                  <RoleBadges roles={person.roles} />
                </Table.Td>
                <Table.Td>
                  <Badge color={person.status === 'active' ? 'green' : 'gray'} variant="dot">
                    {t(`status.${person.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <time dateTime={person.createdAt}>
                    {dateFormat.format(new Date(person.createdAt))}
                  </time>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('people.summary', { from, to, total: data.total })}
        </Text>
        {totalPages > 1 && (
          <Pagination
            total={totalPages}
            value={data.page}
            onChange={onPageChange}
            aria-label={t('people.pagination.label')}
            getControlProps={(control) => ({
              'aria-label': t(`people.pagination.${control}`),
            })}
          />
        )}
      </Group>
    </Stack>
  );
}
