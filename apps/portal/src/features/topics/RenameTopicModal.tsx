import { INPUT_LIMITS } from '@chorus/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { RenameModal } from '../../components/RenameModal';
import { useRenameTopic } from './use-rename-topic';
import type { Topic } from './api/topic-queries';

export function RenameTopicModal({ topic, onClose }: { topic: Topic; onClose: () => void }) {
  const { t } = useTranslation();
  const rename = useRenameTopic();

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
        const renamed = await rename.mutateAsync({ id: topic.id, name });
        notifications.show({
          color: 'green',
          message: t('topics.renamed', { from: topic.name, to: renamed.name }),
        });
      }}
    />
  );
}
