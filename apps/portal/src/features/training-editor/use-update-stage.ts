import type { TrainingStage } from '@chorus/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { TRAINING_QUERY_KEY } from '../training/use-training';

export type UpdateStageBody = Schemas['UpdateStageDto'];

export function useUpdateStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stage, body }: { stage: TrainingStage; body: UpdateStageBody }) =>
      unwrap(api.PATCH('/api/training/stages/{stage}', { params: { path: { stage } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TRAINING_QUERY_KEY }),
  });
}
