import type { GroupKind } from '@chorus/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { PEOPLE_QUERY_KEY } from '../people/use-people';
import { groupsQueryKey } from './use-groups';

export function useRenameGroup(kind: GroupKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      unwrap(
        api.PATCH('/api/groups/{kind}/{id}', { params: { path: { kind, id } }, body: { name } }),
      ),
    onSuccess: async () => {
      // People show their department and location by name.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: groupsQueryKey(kind) }),
        queryClient.invalidateQueries({ queryKey: PEOPLE_QUERY_KEY }),
      ]);
    },
  });
}
