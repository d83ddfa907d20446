import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { useRenameTopic } from './use-rename-topic';
import type { Topic } from './use-topics';

export function RenameTopicModal({ topic, onClose }: { topic: Topic; onClose: () => void }) {
  const { t } = useTranslation();
  const rename = useRenameTopic();
  const [name, setName] = useState(topic.name);
  const [missing, setMissing] = useState(false);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    setMissing(trimmed === '');
    if (trimmed === '') return;
    if (trimmed === topic.name) return onClose();
    rename.mutate(
      { id: topic.id, name: trimmed },
      {
        onSuccess: (renamed) => {
          notifications.show({
            color: 'green',
            message: t('topics.renamed', { from: topic.name, to: renamed.name }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('topics.renameTitle', { name: topic.name })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {rename.isError && (
            <Alert color="red" title={t('topics.renameFailed')}>
              {describeError(rename.error, t)}
            </Alert>
          )}
          <TextInput
            label={t('topics.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={missing ? t('topics.nameRequired') : undefined}
            maxLength={80}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('topics.cancel')}
            </Button>
            <Button type="submit" loading={rename.isPending}>
              {t('topics.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
