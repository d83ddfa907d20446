import { Anchor, Box, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { NoticePage } from '../../components/NoticePage';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { ShareDialog } from '../sharing/ShareDialog';
import { feedItemQuery } from './api/feed-item-queries';
import { FeedCard } from './FeedCard';
import { readShareLink } from './share-link';

/** The item is not live for me: gone, not yet published, or meant for other colleagues. */
const isUnavailable = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.status === 400);

/**
 * Where a share link leads (`/share/{itemId}?network=&source=`, from a digest's button, a
 * notification or a chat channel): the item as the feed shows it, with the share dialog open on
 * the network the link asked for. Opening the page changes nothing: the share is recorded, with
 * the link's source, only when the person presses Share.
 */
export function ShareLinkPage() {
  const { t } = useTranslation();
  const { itemId = '' } = useParams();
  const [params] = useSearchParams();
  const { network, source } = readShareLink(params);
  const item = useQuery(feedItemQuery(itemId));
  const [sharing, setSharing] = useState(true);

  if (item.isPending) return <PageLoader label={t('shareLink.loading')} />;
  // A failed refresh (after a share) keeps the item, and the dialog open on it.
  if (!item.data) {
    return isUnavailable(item.error) ? (
      <NoticePage
        color="yellow"
        title={t('shareLink.unavailableTitle')}
        message={t('shareLink.unavailable')}
      />
    ) : (
      <QueryError
        title={t('shareLink.loadFailed')}
        error={item.error}
        onRetry={() => void item.refetch()}
      />
    );
  }
  return (
    <Stack>
      <div>
        <Title order={1}>{t('shareLink.title')}</Title>
        <Text c="dimmed">
          <Anchor component={Link} to="/">
            {t('shareLink.toFeed')}
          </Anchor>
        </Text>
      </div>
      <Box maw={420}>
        <FeedCard item={item.data} onShare={() => setSharing(true)} />
      </Box>
      {sharing && (
        <ShareDialog
          item={item.data}
          network={network}
          source={source}
          onClose={() => setSharing(false)}
        />
      )}
    </Stack>
  );
}
