import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { FEED_QUERY_KEY } from './api/feed-queries';
import { MY_TOPICS_QUERY_KEY, type FollowableTopic } from './api/my-topics-queries';

export interface FollowChange {
  topicId: string;
  follow: boolean;
}

/** Follows or stops following a topic; the feed then puts its items first, or no longer. */
export function useFollowTopic() {
  return useMutation({
    mutationFn: async ({ topicId, follow }: FollowChange) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      const params = { path: { id: topicId } };
      if (follow) await api.PUT('/api/me/topics/{id}', { params });
      else await api.DELETE('/api/me/topics/{id}', { params });
    },
    meta: {
      invalidates: [MY_TOPICS_QUERY_KEY, FEED_QUERY_KEY],
      // The topic shows the change at once, while the list is read again.
      setsData: (_: void, { topicId, follow }: FollowChange) => [
        [
          MY_TOPICS_QUERY_KEY,
          (topics: FollowableTopic[] | undefined) =>
            topics?.map((topic) => (topic.id === topicId ? { ...topic, followed: follow } : topic)),
        ],
      ],
    },
  });
}
