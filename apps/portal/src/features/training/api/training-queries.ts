import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type StageProgress = Schemas['StageProgressDto'];
export type TrainingOverview = Schemas['TrainingOverviewDto'];
export type StageNumber = StageProgress['stage'];
export type Lesson = Schemas['LessonToReadDto'];
export type Quiz = Schemas['QuizDto'];
export type QuizQuestion = Schemas['QuizQuestionDto'];

export const TRAINING_QUERY_KEY = ['training'] as const;

/** Under the training key, so that refreshing the overview also refreshes the lesson. */
export const lessonQueryKey = (id: string) => [...TRAINING_QUERY_KEY, 'lesson', id] as const;

/** Apart from the training key: an attempt changes my progress, not the questions. */
export const quizQueryKey = (stage: StageNumber) => ['training-quiz', stage] as const;

/** The stages, their lessons, and my progress through them. */
export const trainingQuery = () =>
  queryOptions({
    queryKey: TRAINING_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/training')),
  });

export const lessonQuery = (id: string) =>
  queryOptions({
    queryKey: lessonQueryKey(id),
    queryFn: () => unwrap(api.GET('/api/training/lessons/{id}', { params: { path: { id } } })),
  });

/** A stage's questions, without the answers; 409 while the stage before is not passed. */
export const quizQuery = (stage: StageNumber) =>
  queryOptions({
    queryKey: quizQueryKey(stage),
    queryFn: () =>
      unwrap(api.GET('/api/training/stages/{stage}/quiz', { params: { path: { stage } } })),
  });
