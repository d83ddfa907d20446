import type { GroupKind } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { QUERY_ROOTS } from '../../lib/query-roots';
import { groupsQueryKey } from './api/group-queries';

export function useRenameGroup(kind: GroupKind) {
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      unwrap(
        api.PATCH('/api/groups/{kind}/{id}', { params: { path: { kind, id } }, body: { name } }),
      ),
    // People show their department and location by name.
    meta: { invalidates: [groupsQueryKey(kind), QUERY_ROOTS.people] },
  });
}
