import { INPUT_LIMITS } from '@chorus/core';
import type { LessonBody } from './use-create-lesson';
import type { Lesson } from '../api/stage-editor-queries';
import type { UpdateLessonBody } from './use-update-lesson';

export const MAX_LESSON_TITLE_LENGTH = INPUT_LIMITS.lessonTitle;
export const MAX_LESSON_BODY_LENGTH = INPUT_LIMITS.lessonBody;

export type LessonValues = LessonBody;

export type LessonProblem = 'titleRequired' | 'bodyRequired';

export function lessonValues(lesson: Lesson | null): LessonValues {
  return { title: lesson?.title ?? '', body: lesson?.body ?? '' };
}

export function lessonProblems(
  values: LessonValues,
): Partial<Record<keyof LessonValues, LessonProblem>> {
  const problems: Partial<Record<keyof LessonValues, LessonProblem>> = {};
  if (values.title.trim() === '') problems.title = 'titleRequired';
  if (values.body.trim() === '') problems.body = 'bodyRequired';
  return problems;
}

export function lessonBody(values: LessonValues): LessonBody {
  return { title: values.title.trim(), body: values.body.trim() };
}

/** Only what differs from the lesson as loaded. */
export function lessonChanges(lesson: Lesson, values: LessonValues): UpdateLessonBody {
  const next = lessonBody(values);
  const body: UpdateLessonBody = {};
  if (next.title !== lesson.title) body.title = next.title;
  if (next.body !== lesson.body) body.body = next.body;
  return body;
}
