import type { GroupKind } from '@chorus/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { PEOPLE_QUERY_KEY } from '../people/use-people';
import { groupsQueryKey } from './use-groups';

export function useDeleteGroup(kind: GroupKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/groups/{kind}/{id}', { params: { path: { kind, id } } });
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: groupsQueryKey(kind) }),
        queryClient.invalidateQueries({ queryKey: PEOPLE_QUERY_KEY }),
      ]);
    },
  });
}
