import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { GROUPS_QUERY_KEY } from '../groups/api/group-queries';
import { PEOPLE_QUERY_KEY } from './api/people-queries';

export type InvitePersonBody = Schemas['InvitePersonDto'];

/** Creates the account and mails its owner a link to choose a password. */
export function useInvitePerson() {
  return useMutation({
    mutationFn: (body: InvitePersonBody) => unwrap(api.POST('/api/people', { body })),
    meta: { invalidates: [PEOPLE_QUERY_KEY, GROUPS_QUERY_KEY] },
  });
}
