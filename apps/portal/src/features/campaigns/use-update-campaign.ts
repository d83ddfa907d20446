import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { CAMPAIGNS_QUERY_KEY } from './api/campaign-queries';
import { QUERY_ROOTS } from '../../lib/query-roots';

export type UpdateCampaignBody = Schemas['UpdateCampaignDto'];

export function useUpdateCampaign() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateCampaignBody }) =>
      unwrap(api.PATCH('/api/campaigns/{id}', { params: { path: { id } }, body })),
    // Items show their campaign by name.
    meta: { invalidates: [CAMPAIGNS_QUERY_KEY, QUERY_ROOTS.content] },
  });
}
