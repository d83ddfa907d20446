import type { TrainingStage } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { TRAINING_QUERY_KEY } from '../api/training-queries';

export type UpdateStageBody = Schemas['UpdateStageDto'];

export function useUpdateStage() {
  return useMutation({
    mutationFn: ({ stage, body }: { stage: TrainingStage; body: UpdateStageBody }) =>
      unwrap(api.PATCH('/api/training/stages/{stage}', { params: { path: { stage } }, body })),
    meta: { invalidates: [TRAINING_QUERY_KEY] },
  });
}
