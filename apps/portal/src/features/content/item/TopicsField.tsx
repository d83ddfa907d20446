import { INPUT_LIMITS } from '@chorus/core';
import { Button, Group, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { requiredText, useSchemaForm } from '../../../lib/forms';
import { useCreateTopic } from '../../topics/use-create-topic';
import { topicsQuery } from '../../topics/api/topic-queries';
import { useTopicName } from '../../../lib/use-topic-name';

const newTopicSchema = z.object({
  name: requiredText(INPUT_LIMITS.topicName, 'topics.nameRequired'),
});

interface TopicsFieldProps {
  value: string[];
  onChange: (topicIds: string[]) => void;
  readOnly: boolean;
}

/** The item's topics, from the curated list; a missing topic can be created right here. */
export function TopicsField({ value, onChange, readOnly }: TopicsFieldProps) {
  const { t } = useTranslation();
  const topicName = useTopicName();
  const topics = useQuery(topicsQuery());
  const create = useCreateTopic();
  // What the API refuses (a name taken) shows on the field, as does any other failure.
  const form = useSchemaForm(newTopicSchema, { name: '' }, { fieldOfError: () => 'name' });
  const blank = form.values.name.trim() === '';

  const submit = form.onSubmit(({ name }) =>
    create.mutateAsync(name).then((topic) => {
      form.reset();
      onChange([...value, topic.id]);
    }),
  );
  // Nothing to create yet: the button is off, and Enter does nothing.
  const createTopic = () => {
    if (!blank) submit();
  };

  return (
    <Stack gap="xs">
      <MultiSelect
        label={t('contentItem.fields.topics')}
        placeholder={value.length === 0 ? t('contentItem.fields.noTopics') : undefined}
        data={(topics.data ?? []).map((topic) => ({ value: topic.id, label: topicName(topic) }))}
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
            {...form.getInputProps('name')}
            onKeyDown={(event) => {
              // Enter creates the topic rather than saving the whole item.
              if (event.key === 'Enter') {
                event.preventDefault();
                createTopic();
              }
            }}
            error={form.errors.name ?? form.formError}
            maxLength={INPUT_LIMITS.topicName}
            style={{ flex: 1 }}
          />
          <Button
            size="xs"
            variant="light"
            mt={22}
            onClick={createTopic}
            disabled={blank}
            loading={form.submitting}
          >
            {t('contentItem.fields.createTopic')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
