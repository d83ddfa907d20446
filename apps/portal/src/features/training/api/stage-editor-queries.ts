import type { TrainingStage } from '@chorus/core';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { TRAINING_QUERY_KEY } from './training-queries';

export type StageEditor = Schemas['StageEditorDto'];
export type Lesson = Schemas['LessonDto'];
export type Question = Schemas['EditableQuestionDto'];
/** A lesson as the editor lists it, with its translations. */
export type TranslatedLesson = Schemas['EditableLessonDto'];
/** A question as the editor lists it, with its translations. */
export type TranslatedQuestion = Schemas['TranslatedQuestionDto'];

export const STAGE_EDITOR_QUERY_KEY = [...TRAINING_QUERY_KEY, 'editor'] as const;

export const stageEditorQueryKey = (stage: TrainingStage) =>
  [...STAGE_EDITOR_QUERY_KEY, stage] as const;

/** A stage to edit: its details, its lessons and its questions with their answers. */
export const stageEditorQuery = (stage: TrainingStage) =>
  queryOptions({
    queryKey: stageEditorQueryKey(stage),
    queryFn: () => unwrap(api.GET('/api/training/stages/{stage}', { params: { path: { stage } } })),
  });
