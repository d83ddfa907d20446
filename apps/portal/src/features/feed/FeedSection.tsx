import {
  Alert,
  Anchor,
  Button,
  Center,
  EmptyState,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { describeError } from '../../api/describe-error';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { ShareDialog } from '../sharing/ShareDialog';
import { SUGGEST_PATH } from '../suggestions/api/suggestion-paths';
import { useMaySuggest } from '../suggestions/api/use-may-suggest';
import { FeedCard } from './FeedCard';
import { readFeedFilters, writeFeedFilters } from './feed-filters';
import { FeedToolbar } from './FeedToolbar';
import { FollowedTopics } from './FollowedTopics';
import type { FeedQuery } from './api/feed-queries';
import { useFeed, type FeedItem } from './use-feed';
import { useMyTopics } from './use-my-topics';

/** Home's feed: what I can share now, narrowed by kind and topic, and the topics I follow. */
export function FeedSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const [params, setParams] = useSearchParams();
  const filters = readFeedFilters(params);
  const feed = useFeed(filters);
  const topics = useMyTopics();
  const [sharing, setSharing] = useState<FeedItem | null>(null);
  const update = (change: Partial<FeedQuery>) =>
    setParams((current) => writeFeedFilters(current, change));
  const filtered = filters.kind !== null || filters.topicId !== null;
  const items = feed.data?.pages.flatMap((page) => page.items) ?? [];
  const maySuggest = useMaySuggest();

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <div>
        <Title order={2} size="h3" id={headingId}>
          {t('feed.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('feed.intro')}
        </Text>
      </div>
      <FeedToolbar value={filters} onChange={update} topics={topics.data} />
      {topics.data && <FollowedTopics topics={topics.data} />}
      {feed.isPending ? (
        <PageLoader label={t('feed.loading')} />
      ) : !feed.data ? (
        <QueryError
          title={t('feed.loadFailed')}
          error={feed.error}
          onRetry={() => void feed.refetch()}
        />
      ) : items.length === 0 ? (
        <EmptyState
          title={t(filtered ? 'feed.noMatch' : 'feed.empty')}
          description={t(filtered ? 'feed.noMatchHint' : 'feed.emptyHint')}
        />
      ) : (
        <>
          {/* Columns follow the room the page has, whether or not the navigation shows. */}
          <SimpleGrid type="container" cols={{ base: 1, '520px': 2, '860px': 3 }} spacing="md">
            {items.map((item) => (
              <FeedCard key={item.id} item={item} onShare={() => setSharing(item)} />
            ))}
          </SimpleGrid>
          {feed.isFetchNextPageError && (
            <Alert color="red" title={t('feed.loadMoreFailed')}>
              {describeError(feed.error, t)}
            </Alert>
          )}
          {feed.hasNextPage && (
            <Center>
              <Button
                variant="default"
                onClick={() => void feed.fetchNextPage()}
                loading={feed.isFetchingNextPage}
              >
                {t('feed.loadMore')}
              </Button>
            </Center>
          )}
        </>
      )}
      {maySuggest && (
        <Text size="sm" c="dimmed">
          {t('suggestions.feedPrompt')}{' '}
          <Anchor component={Link} to={SUGGEST_PATH}>
            {t('suggestions.feedLink')}
          </Anchor>
        </Text>
      )}
      {sharing && <ShareDialog item={sharing} onClose={() => setSharing(null)} />}
    </Stack>
  );
}
