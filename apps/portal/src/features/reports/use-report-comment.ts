import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { ESCALATIONS_QUERY_KEY } from '../escalations/use-escalations';

export type ReportCommentBody = Schemas['ReportCommentDto'];

/** Reports a hostile or negative comment to the social media team. */
export function useReportComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportCommentBody) => unwrap(api.POST('/api/escalations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ESCALATIONS_QUERY_KEY }),
  });
}
