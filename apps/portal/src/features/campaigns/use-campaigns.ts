import { useQuery } from '@tanstack/react-query';
import { campaignsQuery } from './api/campaign-queries';

/** Every campaign, newest first, with how many items it has. */
export function useCampaigns() {
  return useQuery(campaignsQuery());
}
