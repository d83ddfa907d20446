import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { GROUPS_QUERY_KEY } from '../groups/api/group-queries';
import { PEOPLE_QUERY_KEY } from './use-people';

export type InvitePersonBody = Schemas['InvitePersonDto'];

/** Creates the account and mails its owner a link to choose a password. */
export function useInvitePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitePersonBody) => unwrap(api.POST('/api/people', { body })),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: PEOPLE_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: GROUPS_QUERY_KEY }),
      ]);
    },
  });
}
