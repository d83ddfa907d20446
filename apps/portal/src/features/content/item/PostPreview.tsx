import type { VariantNetwork } from '@chorus/core';
import { Box, Image, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A light touch of each network's look: its colour, and how round its cards are. */
const LOOKS: Record<VariantNetwork, { accent: string; radius: number }> = {
  any: { accent: '#868e96', radius: 8 },
  linkedin: { accent: '#0a66c2', radius: 8 },
  x: { accent: '#0f1419', radius: 16 },
  facebook: { accent: '#1877f2', radius: 8 },
  xing: { accent: '#006567', radius: 4 },
  reddit: { accent: '#ff4500', radius: 12 },
  bluesky: { accent: '#1185fe', radius: 12 },
  threads: { accent: '#000000', radius: 12 },
  mastodon: { accent: '#6364ff', radius: 8 },
  whatsapp: { accent: '#25d366', radius: 10 },
  telegram: { accent: '#229ed9', radius: 10 },
  email: { accent: '#495057', radius: 2 },
};

const HASHTAG = /(#[\p{L}\p{N}_]+)/u;

interface PostPreviewProps {
  network: VariantNetwork;
  text: string;
  link: {
    url: string;
    title: string | null;
    siteName: string | null;
    /** The page's picture as Chorus serves it (its thumbnailUrl). */
    imageUrl: string | null;
  };
}

/** How the post will look once shared: its text, hashtags marked, and the page's link card. */
export function PostPreview({ network, text, link }: PostPreviewProps) {
  const { t } = useTranslation();
  const look = LOOKS[network];
  const networkName = t(`networks.${network}`);
  const host = hostOf(link.url);

  return (
    <Paper
      component="figure"
      m={0}
      withBorder
      p="sm"
      radius={look.radius}
      aria-label={t('contentItem.preview.label', { network: networkName })}
      style={{ borderTop: `4px solid ${look.accent}` }}
    >
      <Stack gap="xs">
        <Text size="xs" fw={700} c={look.accent} tt="uppercase">
          {networkName}
        </Text>
        {text.trim() === '' ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('contentItem.preview.empty')}
          </Text>
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {text.split(HASHTAG).map((part, index) =>
              // split with a capturing group puts the hashtags at the odd places.
              index % 2 === 1 ? (
                <Text key={index} span inherit c={look.accent} fw={600}>
                  {part}
                </Text>
              ) : (
                part
              ),
            )}
          </Text>
        )}
        <Box
          style={{
            border: '1px solid var(--mantine-color-gray-3)',
            borderRadius: look.radius,
            overflow: 'hidden',
          }}
        >
          {link.imageUrl && <Image src={link.imageUrl} alt="" h={160} fit="cover" loading="lazy" />}
          <Stack gap={2} p="xs" bg="gray.0">
            <Text size="xs" c="dimmed" tt="uppercase">
              {link.siteName ?? host}
            </Text>
            <Text size="sm" fw={600} lineClamp={2}>
              {link.title ?? link.url}
            </Text>
          </Stack>
        </Box>
      </Stack>
    </Paper>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
