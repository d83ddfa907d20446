import { UI_LANGUAGES } from '@chorus/core';
import type { QuizQuestion } from './entities/quiz-question.entity';
import type { TrainingLesson } from './entities/training-lesson.entity';
import type { TrainingStage } from './entities/training-stage.entity';
import type { TranslationsIn } from './training.repository';

/** A stage as it is written: its details, its lessons and its quiz questions, in order. */
export interface StageTexts {
  details: TrainingStage;
  lessons: TrainingLesson[];
  questions: QuizQuestion[];
}

/** A stage in the language a person takes it in, and the language they asked for. */
export interface StageInLanguage extends StageTexts {
  /** The language every text of the stage is shown in. */
  language: string;
  /** The person's preferred language: when it differs from `language`, the stage fell back. */
  requestedLanguage: string;
}

/**
 * Whether `translations` cover the whole stage: its title and every lesson and question, each
 * question with as many options as the main one (the right answer is one index for all).
 * A stage is taken in one language throughout, never half in one and half in another.
 */
export function isComplete(texts: StageTexts, translations: TranslationsIn): boolean {
  const stage = translations.stages.some((row) => row.stage === texts.details.stage);
  const lessons = new Set(translations.lessons.map((row) => row.lessonId));
  const questions = new Map(translations.questions.map((row) => [row.questionId, row]));
  return (
    stage &&
    texts.lessons.every((lesson) => lessons.has(lesson.id)) &&
    texts.questions.every(
      (question) => questions.get(question.id)?.options.length === question.options.length,
    )
  );
}

/** The stage's texts in the translations' language (the caller has checked they are complete). */
export function translate(
  texts: StageTexts,
  translations: TranslationsIn,
): Omit<StageTexts, 'details'> & { details: TrainingStage } {
  const stage = translations.stages.find((row) => row.stage === texts.details.stage);
  const lessons = new Map(translations.lessons.map((row) => [row.lessonId, row]));
  const questions = new Map(translations.questions.map((row) => [row.questionId, row]));
  return {
    details: { ...texts.details, title: stage?.title ?? '', summary: stage?.summary ?? '' },
    lessons: texts.lessons.map((lesson) => {
      const translation = lessons.get(lesson.id);
      return { ...lesson, title: translation?.title ?? '', body: translation?.body ?? '' };
    }),
    questions: texts.questions.map((question) => {
      const translation = questions.get(question.id);
      return {
        ...question,
        prompt: translation?.prompt ?? '',
        options: translation?.options ?? [],
        explanation: translation?.explanation ?? '',
      };
    }),
  };
}

/** The languages a stage can be taken in: its main one first, then each complete translation. */
export function availableLanguages(texts: StageTexts, all: TranslationsIn): string[] {
  const translated = UI_LANGUAGES.filter(
    (language) =>
      language !== texts.details.language &&
      isComplete(texts, {
        stages: all.stages.filter((row) => row.language === language),
        lessons: all.lessons.filter((row) => row.language === language),
        questions: all.questions.filter((row) => row.language === language),
      }),
  );
  return [texts.details.language, ...translated];
}
