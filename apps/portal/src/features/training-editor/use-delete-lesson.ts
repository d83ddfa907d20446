import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { TRAINING_QUERY_KEY } from '../training/use-training';

export function useDeleteLesson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/training/lessons/{id}', { params: { path: { id } } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TRAINING_QUERY_KEY }),
  });
}
