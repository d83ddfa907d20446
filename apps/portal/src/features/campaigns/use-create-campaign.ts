import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { CAMPAIGNS_QUERY_KEY } from './api/campaign-queries';

export type CreateCampaignBody = Schemas['CreateCampaignDto'];

export function useCreateCampaign() {
  return useMutation({
    mutationFn: (body: CreateCampaignBody) => unwrap(api.POST('/api/campaigns', { body })),
    meta: { invalidates: [CAMPAIGNS_QUERY_KEY] },
  });
}
