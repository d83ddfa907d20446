import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { TRAINING_QUERY_KEY } from './use-training';

export type Lesson = Schemas['LessonDto'];

/** Under the training key, so that refreshing the overview also refreshes the lesson. */
export const lessonQueryKey = (id: string) => [...TRAINING_QUERY_KEY, 'lesson', id] as const;

export function useLesson(id: string) {
  return useQuery({
    queryKey: lessonQueryKey(id),
    queryFn: () => unwrap(api.GET('/api/training/lessons/{id}', { params: { path: { id } } })),
  });
}
