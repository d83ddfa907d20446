import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { CONTENT_QUERY_KEY } from '../content/use-content-list';
import { CAMPAIGNS_QUERY_KEY } from './use-campaigns';

export type UpdateCampaignBody = Schemas['UpdateCampaignDto'];

export function useUpdateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateCampaignBody }) =>
      unwrap(api.PATCH('/api/campaigns/{id}', { params: { path: { id } }, body })),
    onSuccess: async () => {
      // Items show their campaign by name.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: CAMPAIGNS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: CONTENT_QUERY_KEY }),
      ]);
    },
  });
}
