import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type Topic = Schemas['TopicDto'];

export const TOPICS_QUERY_KEY = ['topics'] as const;

/** Every topic, by name, with how many items carry it. */
export const topicsQuery = () =>
  queryOptions({
    queryKey: TOPICS_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/topics')),
  });
