import type { GroupKind } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { groupsQueryKey } from './api/group-queries';

export function useCreateGroup(kind: GroupKind) {
  return useMutation({
    mutationFn: (name: string) =>
      unwrap(api.POST('/api/groups/{kind}', { params: { path: { kind } }, body: { name } })),
    meta: { invalidates: [groupsQueryKey(kind)] },
  });
}
