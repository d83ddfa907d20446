import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { TRAINING_QUERY_KEY } from '../api/training-queries';

export type UpdateLessonBody = Schemas['UpdateLessonDto'];

/** Changes a lesson, or moves it (position 1 is first). */
export function useUpdateLesson() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateLessonBody }) =>
      unwrap(api.PATCH('/api/training/lessons/{id}', { params: { path: { id } }, body })),
    meta: { invalidates: [TRAINING_QUERY_KEY] },
  });
}
