import type { GroupKind } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { QUERY_ROOTS } from '../../lib/query-roots';
import { groupsQueryKey } from './api/group-queries';

export function useDeleteGroup(kind: GroupKind) {
  return useMutation({
    mutationFn: async (id: string) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/groups/{kind}/{id}', { params: { path: { kind, id } } });
    },
    meta: { invalidates: [groupsQueryKey(kind), QUERY_ROOTS.people] },
  });
}
