import { Alert, Button, EmptyState, Group, Stack, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../api/describe-error';
import { PageLoader } from '../../components/PageLoader';
import { InvitePersonModal } from './InvitePersonModal';
import { NO_PEOPLE_FILTERS, PeopleFilters, type PeopleFilterValues } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';
import { usePeople, type PeopleSort } from './use-people';

export const PEOPLE_PAGE_SIZE = 25;
export const SEARCH_DEBOUNCE_MS = 300;
export const IMPORT_PEOPLE_PATH = '/people/import';

export function PeoplePage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<PeopleFilterValues>(NO_PEOPLE_FILTERS);
  const [debouncedSearch] = useDebouncedValue(filters.search.trim(), SEARCH_DEBOUNCE_MS);
  const [sort, setSort] = useState<PeopleSort | null>(null);
  const [page, setPage] = useState(1);
  const [inviting, invite] = useDisclosure(false);
  const people = usePeople({
    ...filters,
    search: debouncedSearch,
    sort,
    page,
    pageSize: PEOPLE_PAGE_SIZE,
  });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('people.title')}</Title>
        <Group gap="sm">
          <Button component={Link} to={IMPORT_PEOPLE_PATH} variant="default">
            {t('people.importLink')}
          </Button>
          <Button onClick={invite.open}>{t('people.invite.open')}</Button>
        </Group>
      </Group>
      <PeopleFilters
        value={filters}
        onChange={(change) => {
          setFilters((current) => ({ ...current, ...change }));
          setPage(1);
        }}
      />

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
        <PeopleTable
          data={people.data}
          busy={people.isFetching}
          sort={sort}
          onSortChange={(next) => {
            setSort(next);
            setPage(1);
          }}
          onPageChange={setPage}
        />
      )}
      <InvitePersonModal opened={inviting} onClose={invite.close} />
    </Stack>
  );
}
