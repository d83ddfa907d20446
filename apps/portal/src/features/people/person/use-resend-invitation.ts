import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

/** Mails a fresh invitation link to someone who has not joined yet. */
export function useResendInvitation(id: string) {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/people/{id}/invitation', { params: { path: { id } } })),
  });
}
