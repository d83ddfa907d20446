import { INPUT_LIMITS } from '@chorus/core';
import { Button, Group, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { describeError } from '../../../api/describe-error';
import { useCreateTopic } from '../../topics/use-create-topic';
import { topicsQuery } from '../../topics/api/topic-queries';

interface TopicsFieldProps {
  value: string[];
  onChange: (topicIds: string[]) => void;
  readOnly: boolean;
}

/** The item's topics, from the curated list; a missing topic can be created right here. */
export function TopicsField({ value, onChange, readOnly }: TopicsFieldProps) {
  const { t } = useTranslation();
  const topics = useQuery(topicsQuery());
  const create = useCreateTopic();
  const [name, setName] = useState('');

  const createTopic = () => {
    const trimmed = name.trim();
    if (trimmed === '') return;
    create.mutate(trimmed, {
      onSuccess: (topic) => {
        setName('');
        onChange([...value, topic.id]);
      },
    });
  };

  return (
    <Stack gap="xs">
      <MultiSelect
        label={t('contentItem.fields.topics')}
        placeholder={value.length === 0 ? t('contentItem.fields.noTopics') : undefined}
        data={(topics.data ?? []).map((topic) => ({ value: topic.id, label: topic.name }))}
        value={value}
        onChange={onChange}
        searchable
        disabled={readOnly}
        error={topics.isError ? t('contentItem.fields.topicsFailed') : undefined}
      />
      {!readOnly && (
        <Group align="flex-start" wrap="nowrap" gap="xs">
          <TextInput
            label={t('contentItem.fields.newTopic')}
            size="xs"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            onKeyDown={(event) => {
              // Enter creates the topic rather than saving the whole item.
              if (event.key === 'Enter') {
                event.preventDefault();
                createTopic();
              }
            }}
            error={create.isError ? describeError(create.error, t) : undefined}
            maxLength={INPUT_LIMITS.topicName}
            style={{ flex: 1 }}
          />
          <Button
            size="xs"
            variant="light"
            mt={22}
            onClick={createTopic}
            disabled={name.trim() === ''}
            loading={create.isPending}
          >
            {t('contentItem.fields.createTopic')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
