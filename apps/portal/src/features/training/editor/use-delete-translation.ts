import type { TrainingStage, UiLanguage } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { TRAINING_QUERY_KEY } from '../api/training-queries';
import type { TranslatedText } from './translation-status';

/** Removes one translation of a stage's title, a lesson or a question. */
export function useDeleteTranslation() {
  return useMutation({
    mutationFn: async ({ text, language }: { text: TranslatedText; language: UiLanguage }) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      if (text.kind === 'stage') {
        const stage: TrainingStage = text.stage.stage;
        await api.DELETE('/api/training/stages/{stage}/translations/{language}', {
          params: { path: { stage, language } },
        });
      } else if (text.kind === 'lesson') {
        await api.DELETE('/api/training/lessons/{id}/translations/{language}', {
          params: { path: { id: text.lesson.id, language } },
        });
      } else {
        await api.DELETE('/api/training/questions/{id}/translations/{language}', {
          params: { path: { id: text.question.id, language } },
        });
      }
    },
    meta: { invalidates: [TRAINING_QUERY_KEY] },
  });
}
