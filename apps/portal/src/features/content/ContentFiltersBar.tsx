import { CONTENT_KINDS } from '@chorus/core';
import { Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { DebouncedSearchInput } from '../../components/DebouncedSearchInput';
import { campaignsQuery } from '../campaigns/api/campaign-queries';
import { topicsQuery } from '../topics/api/topic-queries';
import type { ContentFilters } from './content-filters';
import { isContentKind } from '../../lib/value-guards';
import { useTopicName } from '../../lib/use-topic-name';

interface ContentFiltersBarProps {
  value: ContentFilters;
  onChange: (change: Partial<ContentFilters>, options?: { replace?: boolean }) => void;
}

export function ContentFiltersBar({ value, onChange }: ContentFiltersBarProps) {
  const { t } = useTranslation();
  const topicName = useTopicName();
  const topics = useQuery(topicsQuery());
  const campaigns = useQuery(campaignsQuery());
  const width = { base: '100%', sm: 200 };
  return (
    <Group align="flex-end">
      <DebouncedSearchInput
        label={t('content.filters.search')}
        placeholder={t('content.filters.searchPlaceholder')}
        value={value.search}
        onChange={(search) => onChange({ search }, { replace: true })}
        w={{ base: '100%', sm: 260 }}
      />
      <Select
        label={t('content.filters.kind')}
        placeholder={t('content.filters.allKinds')}
        data={CONTENT_KINDS.map((kind) => ({ value: kind, label: t(`content.kinds.${kind}`) }))}
        value={value.kind}
        onChange={(kind) => onChange({ kind: isContentKind(kind) ? kind : null })}
        clearable
        clearButtonProps={{ 'aria-label': t('content.filters.allKinds') }}
        w={width}
      />
      <Select
        label={t('content.filters.topic')}
        placeholder={t('content.filters.allTopics')}
        data={(topics.data ?? []).map((topic) => ({ value: topic.id, label: topicName(topic) }))}
        value={value.topicId}
        onChange={(topicId) => onChange({ topicId })}
        clearable
        searchable
        clearButtonProps={{ 'aria-label': t('content.filters.allTopics') }}
        error={topics.isError ? t('content.filters.topicsFailed') : undefined}
        w={width}
      />
      <Select
        label={t('content.filters.campaign')}
        placeholder={t('content.filters.allCampaigns')}
        data={(campaigns.data ?? []).map((campaign) => ({
          value: campaign.id,
          label: campaign.name,
        }))}
        value={value.campaignId}
        onChange={(campaignId) => onChange({ campaignId })}
        clearable
        searchable
        clearButtonProps={{ 'aria-label': t('content.filters.allCampaigns') }}
        error={campaigns.isError ? t('content.filters.campaignsFailed') : undefined}
        w={width}
      />
      <Switch
        label={t('content.filters.mine')}
        checked={value.mine}
        onChange={(event) => onChange({ mine: event.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
