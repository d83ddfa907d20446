import type { TrainingStage } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { TRAINING_QUERY_KEY } from '../api/training-queries';

export type QuestionBody = Schemas['QuestionInputDto'];

/** Adds a question at the end of a stage's quiz. */
export function useCreateQuestion() {
  return useMutation({
    mutationFn: ({ stage, body }: { stage: TrainingStage; body: QuestionBody }) =>
      unwrap(
        api.POST('/api/training/stages/{stage}/questions', { params: { path: { stage } }, body }),
      ),
    meta: { invalidates: [TRAINING_QUERY_KEY] },
  });
}
