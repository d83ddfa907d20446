import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../../components/FormattedDate';
import { ContentStatusBadge } from '../ContentStatusBadge';
import type { ContentItem } from './use-content-item';

/**
 * The item's title, state, who added, suggested and approved it, and a reviewer's reason to
 * change it.
 */
export function ItemHeader({ item }: { item: ContentItem }) {
  const { t } = useTranslation();
  const address = item.canonicalUrl ?? item.url;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {item.title ?? item.url}
          </Title>
          <Anchor href={address} target="_blank" rel="noopener noreferrer" size="sm" truncate>
            {address}
          </Anchor>
        </Stack>
        <ContentStatusBadge status={item.status} />
      </Group>
      <Group gap="xl">
        <Fact label={t('contentItem.facts.author')}>
          {item.author?.name ?? t('content.unknownAuthor')}
        </Fact>
        {item.suggestedBy && (
          <Fact label={t('contentItem.facts.suggestedBy')}>{item.suggestedBy.name}</Fact>
        )}
        <Fact label={t('contentItem.facts.added')}>
          <FormattedDate value={item.createdAt} withTime />
        </Fact>
        {item.approver && (
          <Fact label={t('contentItem.facts.approvedBy')}>{item.approver.name}</Fact>
        )}
        {item.approvedAt && (
          <Fact label={t('contentItem.facts.approvedAt')}>
            <FormattedDate value={item.approvedAt} withTime />
          </Fact>
        )}
      </Group>
      {item.status === 'draft' && item.rejectionReason && (
        <Alert color="orange" title={t('contentItem.rejectedTitle')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{item.rejectionReason}</Text>
        </Alert>
      )}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}
