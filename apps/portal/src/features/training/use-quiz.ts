import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import type { StageNumber } from './use-training';

export type Quiz = Schemas['QuizDto'];
export type QuizQuestion = Schemas['QuizQuestionDto'];

/** Apart from the training key: an attempt changes my progress, not the questions. */
export const quizQueryKey = (stage: StageNumber) => ['training-quiz', stage] as const;

/** A stage's questions, without the answers; 409 while the stage before is not passed. */
export function useQuiz(stage: StageNumber) {
  return useQuery({
    queryKey: quizQueryKey(stage),
    queryFn: () =>
      unwrap(api.GET('/api/training/stages/{stage}/quiz', { params: { path: { stage } } })),
  });
}
