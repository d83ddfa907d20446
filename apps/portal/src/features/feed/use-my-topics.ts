import { useQuery } from '@tanstack/react-query';
import { myTopicsQuery } from './api/my-topics-queries';

/** Every topic, and whether I follow it. */
export function useMyTopics() {
  return useQuery(myTopicsQuery());
}
