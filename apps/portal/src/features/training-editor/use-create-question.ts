import type { TrainingStage } from '@chorus/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { TRAINING_QUERY_KEY } from '../training/use-training';

export type QuestionBody = Schemas['QuestionInputDto'];

/** Adds a question at the end of a stage's quiz. */
export function useCreateQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stage, body }: { stage: TrainingStage; body: QuestionBody }) =>
      unwrap(
        api.POST('/api/training/stages/{stage}/questions', { params: { path: { stage } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TRAINING_QUERY_KEY }),
  });
}
