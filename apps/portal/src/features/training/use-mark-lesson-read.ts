import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { TRAINING_QUERY_KEY } from './api/training-queries';

export function useMarkLessonRead() {
  return useMutation({
    mutationFn: async (id: string) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.POST('/api/training/lessons/{id}/read', { params: { path: { id } } });
    },
    // The lesson and the overview's progress both change.
    meta: { invalidates: [TRAINING_QUERY_KEY] },
  });
}
