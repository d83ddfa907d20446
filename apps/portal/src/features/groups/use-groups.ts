import type { GroupKind } from '@chorus/core';
import { useQuery } from '@tanstack/react-query';
import { groupsQuery } from './api/group-queries';

/** The departments or the locations, by name, with how many people are in each. */
export function useGroups(kind: GroupKind) {
  return useQuery(groupsQuery(kind));
}
