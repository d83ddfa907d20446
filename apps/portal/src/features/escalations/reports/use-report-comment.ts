import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { ESCALATIONS_QUERY_KEY } from '../api/escalations-queries';

export type ReportCommentBody = Schemas['ReportCommentDto'];

/** Reports a hostile or negative comment to the social media team. */
export function useReportComment() {
  return useMutation({
    mutationFn: (body: ReportCommentBody) => unwrap(api.POST('/api/escalations', { body })),
    meta: { invalidates: [ESCALATIONS_QUERY_KEY] },
  });
}
