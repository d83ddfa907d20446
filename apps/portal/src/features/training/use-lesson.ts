import { useQuery } from '@tanstack/react-query';
import { lessonQuery } from './api/training-queries';

export function useLesson(id: string) {
  return useQuery(lessonQuery(id));
}
