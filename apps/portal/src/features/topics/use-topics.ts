import { useQuery } from '@tanstack/react-query';
import { topicsQuery } from './api/topic-queries';

/** Every topic, by name, with how many items carry it. */
export function useTopics() {
  return useQuery(topicsQuery());
}
