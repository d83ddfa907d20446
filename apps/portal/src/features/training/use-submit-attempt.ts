import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { ADVOCACY_STATUS_QUERY_KEY } from '../advocacy/api/advocacy-queries';
import { TRAINING_QUERY_KEY, type StageNumber } from './api/training-queries';

export type QuizAnswer = Schemas['QuizAnswerDto'];
export type AttemptResult = Schemas['AttemptResultDto'];

export function useSubmitAttempt() {
  return useMutation({
    mutationFn: ({
      stage,
      language,
      answers,
    }: {
      stage: StageNumber;
      /** The language the quiz was shown in. */
      language: Schemas['QuizDto']['language'];
      answers: QuizAnswer[];
    }) =>
      unwrap(
        api.POST('/api/training/stages/{stage}/attempts', {
          params: { path: { stage } },
          body: { language, answers },
        }),
      ),
    // An attempt changes my progress, and passing may change whether I may share.
    meta: { invalidates: [TRAINING_QUERY_KEY, ADVOCACY_STATUS_QUERY_KEY] },
  });
}
