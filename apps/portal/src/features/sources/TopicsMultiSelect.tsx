import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTopics } from '../topics/use-topics';

interface TopicsMultiSelectProps extends Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> {
  value: string[];
  onChange: (topicIds: string[]) => void;
}

/** A feed's default topics, picked by name from the curators' list. */
export function TopicsMultiSelect({ value, onChange, ...props }: TopicsMultiSelectProps) {
  const { t } = useTranslation();
  const topics = useTopics();
  return (
    <MultiSelect
      label={t('sources.form.topics')}
      description={t('sources.form.topicsDescription')}
      data={(topics.data ?? []).map((topic) => ({ value: topic.id, label: topic.name }))}
      value={value}
      onChange={onChange}
      searchable
      nothingFoundMessage={t('sources.form.noTopics')}
      error={topics.isError ? t('sources.form.topicsFailed') : undefined}
      {...props}
    />
  );
}
