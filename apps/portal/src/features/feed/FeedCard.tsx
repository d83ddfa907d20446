import {
  Anchor,
  AspectRatio,
  Badge,
  Box,
  Button,
  Card,
  Center,
  Group,
  Image,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { titleOf } from '../../lib/item-title';
import type { FeedItem } from './use-feed';
import { useTopicName } from '../../lib/use-topic-name';

/** The shape of a link card's picture on the networks (1200 × 630), so pictures fill it. */
const IMAGE_RATIO = 1200 / 630;

/** One item of the feed: what it is, where it comes from, and the way to share it. */
export function FeedCard({ item, onShare }: { item: FeedItem; onShare: () => void }) {
  const { t } = useTranslation();
  const topicName = useTopicName();
  const titleId = useId();
  const title = titleOf(item);
  const site = item.siteName ?? hostOf(item.url);

  return (
    <Card component="article" withBorder radius="md" padding="md" aria-labelledby={titleId}>
      <Card.Section>
        <CardImage
          key={item.thumbnailUrl}
          src={item.thumbnailUrl}
          initial={initialOf(site || title)}
        />
      </Card.Section>
      <Stack gap="xs" mt="md" style={{ flex: 1 }}>
        <Group gap={6}>
          <Badge variant="light">{t(`content.kinds.${item.kind}`)}</Badge>
          {item.pinned && (
            <Badge variant="filled" color="orange">
              {t('feed.card.pinned')}
            </Badge>
          )}
        </Group>
        {item.campaign && (
          <Text size="xs" c="dimmed">
            {t('feed.card.campaign', { name: item.campaign.name })}
          </Text>
        )}
        <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
          <Anchor href={item.url} target="_blank" rel="noopener noreferrer" inherit>
            {title}
          </Anchor>
        </Title>
        {site && (
          <Text size="xs" c="dimmed" tt="uppercase" style={{ overflowWrap: 'anywhere' }}>
            {site}
          </Text>
        )}
        {item.summary && (
          <Text size="sm" lineClamp={4}>
            {item.summary}
          </Text>
        )}
        {item.topics.length > 0 && (
          <Group
            component="ul"
            gap={4}
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('feed.card.topics')}
          >
            {item.topics.map((topic) => (
              <Badge component="li" key={topic.id} variant="outline" color="gray" tt="none">
                {topicName(topic)}
              </Badge>
            ))}
          </Group>
        )}
        {item.sharedOn.length > 0 && (
          <Text size="sm" c="teal.8" fw={500}>
            {t('feed.card.sharedOn', {
              networks: item.sharedOn.map((network) => t(`networks.${network}`)).join(', '),
            })}
          </Text>
        )}
      </Stack>
      <Button mt="md" onClick={onShare} aria-label={t('feed.card.shareLabel', { title })}>
        {t('feed.card.share')}
      </Button>
    </Card>
  );
}

/**
 * The page's picture, as Chorus keeps it (never loaded from the page's server); a neutral
 * block with the site's initial when it has none, or it fails to load. Decorative: the title
 * beside it says what it is about.
 */
function CardImage({ src, initial }: { src: string | null; initial: string }) {
  const [broken, setBroken] = useState(false);
  return (
    <AspectRatio ratio={IMAGE_RATIO}>
      {src && !broken ? (
        <Image src={src} alt="" fit="cover" loading="lazy" onError={() => setBroken(true)} />
      ) : (
        <Box bg="gray.1" aria-hidden>
          <Center h="100%">
            <Text fz={56} fw={700} c="gray.5" lh={1}>
              {initial}
            </Text>
          </Center>
        </Box>
      )}
    </AspectRatio>
  );
}

function initialOf(text: string): string {
  const first = Array.from(text.trim())[0];
  return first ? first.toLocaleUpperCase() : '?';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
