import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import {
  MY_POINTS_QUERY_KEY,
  POINT_RULES_QUERY_KEY,
  type PointRulesBody,
} from '../points/api/points-queries';

/** Saves new point rules (administrators): in force from now on. */
export function useSavePointRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PointRulesBody) => unwrap(api.PUT('/api/points/rules', { body })),
    onSuccess: async (answer) => {
      queryClient.setQueryData(POINT_RULES_QUERY_KEY, answer);
      await queryClient.invalidateQueries({ queryKey: MY_POINTS_QUERY_KEY });
    },
  });
}
