import type { TrainingStage } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { TRAINING_QUERY_KEY } from '../api/training-queries';

export type LessonBody = Schemas['LessonInputDto'];

/** Adds a lesson at the end of a stage. */
export function useCreateLesson() {
  return useMutation({
    mutationFn: ({ stage, body }: { stage: TrainingStage; body: LessonBody }) =>
      unwrap(
        api.POST('/api/training/stages/{stage}/lessons', { params: { path: { stage } }, body }),
      ),
    meta: { invalidates: [TRAINING_QUERY_KEY] },
  });
}
