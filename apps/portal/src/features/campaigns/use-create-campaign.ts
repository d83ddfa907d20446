import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { CAMPAIGNS_QUERY_KEY } from './use-campaigns';

export type CreateCampaignBody = Schemas['CreateCampaignDto'];

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCampaignBody) => unwrap(api.POST('/api/campaigns', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CAMPAIGNS_QUERY_KEY }),
  });
}
