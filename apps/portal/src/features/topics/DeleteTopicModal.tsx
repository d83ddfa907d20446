import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useDeleteTopic } from './use-delete-topic';
import type { Topic } from './api/topic-queries';

/** Asks before deleting, saying how many items lose the topic. */
export function DeleteTopicModal({ topic, onClose }: { topic: Topic; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteTopic();
  return (
    <ConfirmModal
      title={t('topics.deleteTitle', { name: topic.name })}
      message={
        topic.itemCount === 0
          ? t('topics.deleteUnused')
          : t('topics.deleteUsed', { count: topic.itemCount })
      }
      errorTitle={t('topics.deleteFailed')}
      pending={remove.isPending}
      error={remove.error}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(topic.id, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              message: t('topics.deleted', { name: topic.name }),
            });
            onClose();
          },
        })
      }
    />
  );
}
