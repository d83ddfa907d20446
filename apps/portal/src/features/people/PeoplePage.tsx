import { Button, EmptyState, Group, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useLastPageFallback } from '../../components/use-last-page-fallback';
import { InvitePersonModal } from './InvitePersonModal';
import {
  fromPeople,
  readPeopleFilters,
  writePeopleFilters,
  type PeopleFilters as PeopleFilterValues,
} from './people-filters';
import { PeopleFilters } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';
import { usePeople } from './use-people';

export const PEOPLE_PAGE_SIZE = 25;
export const IMPORT_PEOPLE_PATH = '/people/import';

/** Everyone with an account; filters, order and page are kept in the address. */
export function PeoplePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readPeopleFilters(params);
  const [inviting, invite] = useDisclosure(false);
  const people = usePeople({ ...filters, pageSize: PEOPLE_PAGE_SIZE });
  const update = (change: Partial<PeopleFilterValues>, options?: { replace?: boolean }) =>
    setParams((current) => writePeopleFilters(current, change), options);
  const pastTheEnd = useLastPageFallback(
    people.isPlaceholderData ? undefined : people.data,
    (page) => update({ page }, { replace: true }),
  );
  const search = params.toString();
  const backState = fromPeople(search === '' ? '' : `?${search}`);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('people.title')}</Title>
        <Group gap="sm">
          <Button component={Link} to={IMPORT_PEOPLE_PATH} state={backState} variant="default">
            {t('people.importLink')}
          </Button>
          <Button onClick={invite.open}>{t('people.invite.open')}</Button>
        </Group>
      </Group>
      <PeopleFilters value={filters} onChange={update} />

      {people.isPending || pastTheEnd ? (
        <PageLoader label={t('people.loading')} />
      ) : people.isError ? (
        <QueryError
          title={t('people.loadFailed')}
          error={people.error}
          onRetry={() => void people.refetch()}
        />
      ) : people.data.items.length === 0 ? (
        <EmptyState title={t('people.empty')} />
      ) : (
        <PeopleTable
          data={people.data}
          busy={people.isFetching}
          sort={filters.sort}
          onSortChange={(sort) => update({ sort })}
          onPageChange={(page) => update({ page })}
          linkState={backState}
        />
      )}
      {inviting && <InvitePersonModal onClose={invite.close} />}
    </Stack>
  );
}
