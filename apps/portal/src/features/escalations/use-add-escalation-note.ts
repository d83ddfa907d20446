import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ESCALATION_CHANGE_META } from './escalation-change';

/** Adds an internal note, which the reporter never sees. */
export function useAddEscalationNote(id: string) {
  return useMutation({
    mutationFn: (body: string) =>
      unwrap(api.POST('/api/escalations/{id}/notes', { params: { path: { id } }, body: { body } })),
    meta: ESCALATION_CHANGE_META,
  });
}
