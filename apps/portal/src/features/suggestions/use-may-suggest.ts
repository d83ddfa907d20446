import { maySuggestPages } from '@chorus/core';
import { useQuery } from '@tanstack/react-query';
import { useCurrentUser } from '../../lib/current-user';
import { advocacyStatusQuery } from '../advocacy/api/advocacy-queries';

/**
 * Whether I may suggest pages (curators and admins, and anyone in the programme, as the API
 * decides); undefined while that is not known yet. When my standing cannot be read, the form is
 * offered: the API still refuses, with its reason, if I may not.
 */
export function useMaySuggest(): boolean | undefined {
  const me = useCurrentUser();
  const status = useQuery(advocacyStatusQuery());
  if (status.isError) return true;
  if (!status.data) return undefined;
  return maySuggestPages(me.roles, status.data.enrolled);
}
