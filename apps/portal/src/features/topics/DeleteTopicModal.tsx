import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { useDeleteTopic } from './use-delete-topic';
import type { Topic } from './api/topic-queries';

/** Asks before deleting, saying how many items lose the topic. */
export function DeleteTopicModal({ topic, onClose }: { topic: Topic; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteTopic();

  const confirm = () =>
    remove.mutate(topic.id, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('topics.deleted', { name: topic.name }) });
        onClose();
      },
    });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('topics.deleteTitle', { name: topic.name })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        {remove.isError && (
          <Alert color="red" title={t('topics.deleteFailed')}>
            {describeError(remove.error, t)}
          </Alert>
        )}
        <Text>
          {topic.itemCount === 0
            ? t('topics.deleteUnused')
            : t('topics.deleteUsed', { count: topic.itemCount })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('topics.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={remove.isPending} data-autofocus>
            {t('topics.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
