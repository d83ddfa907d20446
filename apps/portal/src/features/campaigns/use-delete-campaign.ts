import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { CAMPAIGNS_QUERY_KEY } from './api/campaign-queries';
import { QUERY_ROOTS } from '../../lib/query-roots';

export function useDeleteCampaign() {
  return useMutation({
    mutationFn: async (id: string) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/campaigns/{id}', { params: { path: { id } } });
    },
    meta: { invalidates: [CAMPAIGNS_QUERY_KEY, QUERY_ROOTS.content] },
  });
}
