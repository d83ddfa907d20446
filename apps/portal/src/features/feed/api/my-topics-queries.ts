import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type FollowableTopic = Schemas['FollowableTopicDto'];

export const MY_TOPICS_QUERY_KEY = ['my-topics'] as const;

/** Every topic, and whether I follow it. */
export const myTopicsQuery = () =>
  queryOptions({
    queryKey: MY_TOPICS_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/me/topics')),
  });
