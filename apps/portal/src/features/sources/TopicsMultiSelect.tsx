import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { topicsQuery } from '../topics/api/topic-queries';
import { useTopicName } from '../../lib/use-topic-name';

interface TopicsMultiSelectProps extends Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> {
  value: string[];
  onChange: (topicIds: string[]) => void;
}

/** A feed's default topics, picked by name from the curators' list. */
export function TopicsMultiSelect({ value, onChange, ...props }: TopicsMultiSelectProps) {
  const { t } = useTranslation();
  const topicName = useTopicName();
  const topics = useQuery(topicsQuery());
  return (
    <MultiSelect
      label={t('sources.form.topics')}
      description={t('sources.form.topicsDescription')}
      data={(topics.data ?? []).map((topic) => ({ value: topic.id, label: topicName(topic) }))}
      value={value}
      onChange={onChange}
      searchable
      nothingFoundMessage={t('sources.form.noTopics')}
      error={topics.isError ? t('sources.form.topicsFailed') : undefined}
      {...props}
    />
  );
}
