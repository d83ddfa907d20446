import type { TrainingStage } from '@chorus/core';
import { useQuery } from '@tanstack/react-query';
import { stageEditorQuery } from '../api/stage-editor-queries';

/** A stage to edit: its details, its lessons and its questions with their answers. */
export function useStageEditor(stage: TrainingStage) {
  return useQuery(stageEditorQuery(stage));
}
