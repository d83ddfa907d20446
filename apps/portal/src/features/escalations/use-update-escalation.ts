import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { refreshEscalation } from './refresh-escalation';

export type UpdateEscalationBody = Schemas['UpdateEscalationDto'];

/** Assigns a report (null: to nobody) or changes its status. */
export function useUpdateEscalation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateEscalationBody) =>
      unwrap(api.PATCH('/api/escalations/{id}', { params: { path: { id } }, body })),
    onSuccess: (escalation) => refreshEscalation(queryClient, escalation),
  });
}
