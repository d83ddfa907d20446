import type { GroupKind } from '@chorus/core';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { QUERY_ROOTS } from '../../../lib/query-roots';

export type Group = Schemas['GroupDto'];

export const GROUPS_QUERY_KEY = QUERY_ROOTS.groups;

export const groupsQueryKey = (kind: GroupKind) => [...GROUPS_QUERY_KEY, kind] as const;

/** The departments or the locations, by name, with how many people are in each. */
export const groupsQuery = (kind: GroupKind) =>
  queryOptions({
    queryKey: groupsQueryKey(kind),
    queryFn: () => unwrap(api.GET('/api/groups/{kind}', { params: { path: { kind } } })),
  });
