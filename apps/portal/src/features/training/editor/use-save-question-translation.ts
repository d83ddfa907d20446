import type { UiLanguage } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { TRAINING_QUERY_KEY } from '../api/training-queries';

export type QuestionTranslationBody = Schemas['QuestionTranslationInputDto'];

/** Adds or replaces a quiz question in another language, its options in the same order. */
export function useSaveQuestionTranslation() {
  return useMutation({
    mutationFn: ({
      id,
      language,
      body,
    }: {
      id: string;
      language: UiLanguage;
      body: QuestionTranslationBody;
    }) =>
      unwrap(
        api.PUT('/api/training/questions/{id}/translations/{language}', {
          params: { path: { id, language } },
          body,
        }),
      ),
    meta: { invalidates: [TRAINING_QUERY_KEY] },
  });
}
