import { isContentKind } from '../../lib/value-guards';
import type { FeedQuery } from './api/feed-queries';

/** The feed's kind and topic, as kept in Home's address (`?kind=event&topicId=…`). */
export function readFeedFilters(params: URLSearchParams): FeedQuery {
  const kind = params.get('kind');
  return {
    kind: isContentKind(kind) ? kind : null,
    topicId: params.get('topicId') || null,
  };
}

/** The address's search params after a change to the filters; other params stay. */
export function writeFeedFilters(
  params: URLSearchParams,
  change: Partial<FeedQuery>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const merged = { ...readFeedFilters(params), ...change };
  for (const [key, value] of Object.entries(merged)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  return next;
}
