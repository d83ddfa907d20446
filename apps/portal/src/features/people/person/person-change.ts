import type { User } from '../../../api/client';
import type { PortalMutationMeta } from '../../../app/query-client';
import { ME_QUERY_KEY } from '../../../lib/me-queries';
import { GROUPS_QUERY_KEY } from '../../groups/api/group-queries';
import { PEOPLE_QUERY_KEY } from '../api/people-queries';
import { personQueryKey } from '../api/person-queries';

/**
 * The meta of a change to person `id`: show the answer at once, and refresh what else shows
 * them. The people lists (and other people's pages) are only marked stale, not fetched: each is
 * fetched again when it is next opened, rather than all of them now.
 */
export const personChangeMeta = (id: string): PortalMutationMeta => ({
  setsData: (person: User) => [[personQueryKey(person.id), person]],
  invalidates: [
    { queryKey: PEOPLE_QUERY_KEY, refetchType: 'none' },
    GROUPS_QUERY_KEY,
    // An admin who edits themselves sees their new name and roles in the frame at once.
    {
      queryKey: ME_QUERY_KEY,
      predicate: (query) => (query.state.data as User | null | undefined)?.id === id,
    },
  ],
});
