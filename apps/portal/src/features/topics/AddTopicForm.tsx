import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { useCreateTopic } from './use-create-topic';

export function AddTopicForm() {
  const { t } = useTranslation();
  const create = useCreateTopic();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    setMissing(trimmed === '');
    if (trimmed === '') return;
    create.mutate(trimmed, {
      onSuccess: (topic) => {
        setName('');
        notifications.show({ color: 'green', message: t('topics.added', { name: topic.name }) });
      },
    });
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="xs">
        {create.isError && (
          <Alert color="red" title={t('topics.addFailed')}>
            {describeError(create.error, t)}
          </Alert>
        )}
        <Group align="flex-start" wrap="nowrap">
          <TextInput
            label={t('topics.newName')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={missing ? t('topics.nameRequired') : undefined}
            maxLength={80}
            style={{ flex: 1 }}
          />
          <Button type="submit" mt={25} loading={create.isPending}>
            {t('topics.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
