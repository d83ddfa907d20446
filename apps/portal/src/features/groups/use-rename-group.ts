import type { GroupKind } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { PEOPLE_QUERY_KEY } from '../people/api/people-queries';
import { groupsQueryKey } from './api/group-queries';

export function useRenameGroup(kind: GroupKind) {
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      unwrap(
        api.PATCH('/api/groups/{kind}/{id}', { params: { path: { kind, id } }, body: { name } }),
      ),
    // People show their department and location by name.
    meta: { invalidates: [groupsQueryKey(kind), PEOPLE_QUERY_KEY] },
  });
}
