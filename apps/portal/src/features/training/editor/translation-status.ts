import { UI_LANGUAGES, type UiLanguage } from '@chorus/core';
import type {
  StageEditor,
  TranslatedLesson,
  TranslatedQuestion,
} from '../api/stage-editor-queries';

/** A text of a stage that is translated as one: its title and summary, a lesson, a question. */
export type TranslatedText =
  | { kind: 'stage'; key: string; stage: StageEditor }
  | { kind: 'lesson'; key: string; lesson: TranslatedLesson }
  | { kind: 'question'; key: string; question: TranslatedQuestion };

/** Every text of the stage, in the order the editor shows them. */
export function textsOf(stage: StageEditor): TranslatedText[] {
  return [
    { kind: 'stage', key: 'stage', stage },
    ...stage.lessons.map((lesson) => ({ kind: 'lesson' as const, key: lesson.id, lesson })),
    ...stage.questions.map((question) => ({
      kind: 'question' as const,
      key: question.id,
      question,
    })),
  ];
}

function translationsOf(text: TranslatedText): { language: string }[] {
  if (text.kind === 'stage') return text.stage.translations;
  if (text.kind === 'lesson') return text.lesson.translations;
  return text.question.translations;
}

export function isTranslated(text: TranslatedText, language: string): boolean {
  return translationsOf(text).some((translation) => translation.language === language);
}

/** The languages a stage can be translated into: all the portal's but its main one. */
export function translationLanguages(stage: StageEditor): UiLanguage[] {
  return UI_LANGUAGES.filter((language) => language !== stage.language);
}

/** How many of the stage's texts are not yet translated into `language`. */
export function missingIn(stage: StageEditor, language: string): number {
  return textsOf(stage).filter((text) => !isTranslated(text, language)).length;
}
