import type { QueryClient } from '@tanstack/react-query';
import type { User } from '../../../api/client';
import { ME_QUERY_KEY } from '../../auth/api/me-queries';
import { GROUPS_QUERY_KEY } from '../../groups/api/group-queries';
import { PEOPLE_QUERY_KEY } from '../api/people-queries';
import { personQueryKey } from '../api/person-queries';

/**
 * After a change to a person: show the answer at once, and refresh what else shows them. The
 * people lists (and other people's pages) are only marked stale, not fetched: each is fetched
 * again when it is next opened, rather than all of them now.
 */
export async function refreshPerson(queryClient: QueryClient, person: User): Promise<void> {
  const lists = queryClient.invalidateQueries({ queryKey: PEOPLE_QUERY_KEY, refetchType: 'none' });
  // After the invalidation, which also marks this person's page stale: the answer is fresh.
  queryClient.setQueryData(personQueryKey(person.id), person);
  const me = queryClient.getQueryData<User | null>(ME_QUERY_KEY);
  await Promise.all([
    lists,
    queryClient.invalidateQueries({ queryKey: GROUPS_QUERY_KEY }),
    // An admin who edits themselves sees their new name and roles in the frame at once.
    me?.id === person.id ? queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }) : undefined,
  ]);
}
