import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { refreshEscalation } from './refresh-escalation';

/** Adds an internal note, which the reporter never sees. */
export function useAddEscalationNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      unwrap(api.POST('/api/escalations/{id}/notes', { params: { path: { id } }, body: { body } })),
    onSuccess: (escalation) => refreshEscalation(queryClient, escalation),
  });
}
