import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type Campaign = Schemas['CampaignDto'];

export const CAMPAIGNS_QUERY_KEY = ['campaigns'] as const;

/** Every campaign, newest first, with how many items it has. */
export const campaignsQuery = () =>
  queryOptions({
    queryKey: CAMPAIGNS_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/campaigns')),
  });
