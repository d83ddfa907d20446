import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { ESCALATION_CHANGE_META } from './escalation-change';

export type UpdateEscalationBody = Schemas['UpdateEscalationDto'];

/** Assigns a report (null: to nobody) or changes its status. */
export function useUpdateEscalation(id: string) {
  return useMutation({
    mutationFn: (body: UpdateEscalationBody) =>
      unwrap(api.PATCH('/api/escalations/{id}', { params: { path: { id } }, body })),
    meta: ESCALATION_CHANGE_META,
  });
}
