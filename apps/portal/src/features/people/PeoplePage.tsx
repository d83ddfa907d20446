import { ROLES, isRole, type Role } from '@chorus/core';
import { Alert, Button, EmptyState, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { PageLoader } from '../../components/PageLoader';
import { PeopleTable } from './PeopleTable';
import { usePeople } from './use-people';

export const PEOPLE_PAGE_SIZE = 25;
export const SEARCH_DEBOUNCE_MS = 300;

export function PeoplePage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const [role, setRole] = useState<Role | null>(null);
  const [page, setPage] = useState(1);
  const people = usePeople({ search: debouncedSearch, role, page, pageSize: PEOPLE_PAGE_SIZE });

  return (
    <Stack>
      <Title order={1}>{t('people.title')}</Title>
      <Group align="flex-end">
        <TextInput
          type="search"
          label={t('people.search')}
          placeholder={t('people.searchPlaceholder')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label={t('people.role')}
          placeholder={t('people.allRoles')}
          data={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
          value={role}
          onChange={(value) => {
            setRole(isRole(value) ? value : null);
            setPage(1);
          }}
          clearable
          clearButtonProps={{ 'aria-label': t('people.allRoles') }}
          w={{ base: '100%', sm: 220 }}
        />
      </Group>

      {people.isPending ? (
        <PageLoader label={t('people.loading')} />
      ) : people.isError ? (
        <Stack align="flex-start">
          <Alert color="red" title={t('people.loadFailed')} w="100%">
            {describeError(people.error, t)}
          </Alert>
          <Button variant="light" onClick={() => void people.refetch()}>
            {t('app.retry')}
          </Button>
        </Stack>
      ) : people.data.items.length === 0 ? (
        <EmptyState title={t('people.empty')} />
      ) : (
        <PeopleTable data={people.data} busy={people.isFetching} onPageChange={setPage} />
      )}
    </Stack>
  );
}
