import type { GroupKind } from '@chorus/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { groupsQueryKey } from './use-groups';

export function useCreateGroup(kind: GroupKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      unwrap(api.POST('/api/groups/{kind}', { params: { path: { kind } }, body: { name } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupsQueryKey(kind) }),
  });
}
