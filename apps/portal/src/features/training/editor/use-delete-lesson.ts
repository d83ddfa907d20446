import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { TRAINING_QUERY_KEY } from '../api/training-queries';

export function useDeleteLesson() {
  return useMutation({
    mutationFn: async (id: string) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/training/lessons/{id}', { params: { path: { id } } });
    },
    meta: { invalidates: [TRAINING_QUERY_KEY] },
  });
}
