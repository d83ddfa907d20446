import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { TRAINING_QUERY_KEY } from '../api/training-queries';

export type UpdateQuestionBody = Schemas['UpdateQuestionDto'];

/** Changes a quiz question, or moves it (position 1 is first). */
export function useUpdateQuestion() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateQuestionBody }) =>
      unwrap(api.PATCH('/api/training/questions/{id}', { params: { path: { id } }, body })),
    meta: { invalidates: [TRAINING_QUERY_KEY] },
  });
}
