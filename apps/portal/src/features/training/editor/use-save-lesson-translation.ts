import type { UiLanguage } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { TRAINING_QUERY_KEY } from '../api/training-queries';

export type LessonTranslationBody = Schemas['LessonTranslationInputDto'];

/** Adds or replaces a lesson in another language. */
export function useSaveLessonTranslation() {
  return useMutation({
    mutationFn: ({
      id,
      language,
      body,
    }: {
      id: string;
      language: UiLanguage;
      body: LessonTranslationBody;
    }) =>
      unwrap(
        api.PUT('/api/training/lessons/{id}/translations/{language}', {
          params: { path: { id, language } },
          body,
        }),
      ),
    meta: { invalidates: [TRAINING_QUERY_KEY] },
  });
}
