import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { ADVOCACY_STATUS_QUERY_KEY } from '../advocacy/use-advocacy-status';
import { TRAINING_QUERY_KEY, type StageNumber } from './use-training';

export type QuizAnswer = Schemas['QuizAnswerDto'];
export type AttemptResult = Schemas['AttemptResultDto'];

export function useSubmitAttempt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stage, answers }: { stage: StageNumber; answers: QuizAnswer[] }) =>
      unwrap(
        api.POST('/api/training/stages/{stage}/attempts', {
          params: { path: { stage } },
          body: { answers },
        }),
      ),
    onSuccess: async () => {
      // An attempt changes my progress, and passing may change whether I may share.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: TRAINING_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: ADVOCACY_STATUS_QUERY_KEY }),
      ]);
    },
  });
}
