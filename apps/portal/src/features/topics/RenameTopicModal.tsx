import { INPUT_LIMITS } from '@chorus/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { RenameModal } from '../../components/RenameModal';
import { useUpdateTopic } from './use-update-topic';
import type { Topic } from './api/topic-queries';

export function RenameTopicModal({ topic, onClose }: { topic: Topic; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTopic();

  return (
    <RenameModal
      currentName={topic.name}
      title={t('topics.renameTitle', { name: topic.name })}
      label={t('topics.name')}
      requiredMessage="topics.nameRequired"
      errorTitle={t('topics.renameFailed')}
      maxLength={INPUT_LIMITS.topicName}
      onClose={onClose}
      onRename={async (name) => {
        const renamed = await update.mutateAsync({ id: topic.id, body: { name } });
        notifications.show({
          color: 'green',
          message: t('topics.renamed', { from: topic.name, to: renamed.name }),
        });
      }}
    />
  );
}
