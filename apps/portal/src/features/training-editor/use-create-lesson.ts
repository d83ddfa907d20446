import type { TrainingStage } from '@chorus/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { TRAINING_QUERY_KEY } from '../training/use-training';

export type LessonBody = Schemas['LessonInputDto'];

/** Adds a lesson at the end of a stage. */
export function useCreateLesson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stage, body }: { stage: TrainingStage; body: LessonBody }) =>
      unwrap(
        api.POST('/api/training/stages/{stage}/lessons', { params: { path: { stage } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TRAINING_QUERY_KEY }),
  });
}
