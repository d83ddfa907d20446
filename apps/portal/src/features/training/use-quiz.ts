import { useQuery } from '@tanstack/react-query';
import { quizQuery, type StageNumber } from './api/training-queries';

/** A stage's questions, without the answers; 409 while the stage before is not passed. */
export function useQuiz(stage: StageNumber) {
  return useQuery(quizQuery(stage));
}
