import type { TrainingStage, UiLanguage } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { TRAINING_QUERY_KEY } from '../api/training-queries';

export type StageTranslationBody = Schemas['StageTranslationInputDto'];

/** Adds or replaces a stage's title and summary in another language. */
export function useSaveStageTranslation() {
  return useMutation({
    mutationFn: ({
      stage,
      language,
      body,
    }: {
      stage: TrainingStage;
      language: UiLanguage;
      body: StageTranslationBody;
    }) =>
      unwrap(
        api.PUT('/api/training/stages/{stage}/translations/{language}', {
          params: { path: { stage, language } },
          body,
        }),
      ),
    meta: { invalidates: [TRAINING_QUERY_KEY] },
  });
}
